package dev.berth.dockerfile.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.LintSettings;
import dev.berth.core.Finding;
import dev.berth.core.SourceText;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BuildKit's word processing on inputs that must not take berth down. */
class BuildkitWordsTest {
  private static String nested(int levels) {
    return "${a:-".repeat(levels) + "x" + "}".repeat(levels);
  }

  @Test
  void nestingUpToTheLimitExpandsAsBuildkitDoes() throws ShellSyntaxException {
    BuildkitWords.Result r =
        BuildkitWords.process(
            nested(BuildkitWords.MAX_NESTING),
            BuildkitWords.EMPTY,
            BuildkitWords.Options.defaults('\\'));
    assertEquals("x", r.word());
  }

  /**
   * Found by probing what fuzzing cannot reach (its inputs are a few KiB): 10,000 nested {@code
   * ${a:-...}} on one 60 KB line overflowed the stack, even with the launcher's 8 MB, and the
   * StackOverflowError escaped the CLI. Deeper nesting is now a syntax error.
   */
  @Test
  void deeperNestingIsASyntaxErrorNotAStackOverflow() {
    ShellSyntaxException e =
        assertThrows(
            ShellSyntaxException.class,
            () ->
                BuildkitWords.process(
                    nested(10_000), BuildkitWords.EMPTY, BuildkitWords.Options.defaults('\\')));
    assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    assertEquals(List.of("a"), List.copyOf(BuildkitWords.references(nested(10_000), '\\')));
  }

  @Test
  void aDockerfileWithDeepNestingIsLinted() {
    String file = "FROM alpine:3.20\nENV A " + nested(10_000) + "\n";
    Linter linter = new Linter(BuiltinRules.all(), RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
    List<Finding> findings = linter.lintDockerfile(SourceText.of("Dockerfile", file));
    assertEquals(List.of("LegacyKeyValueFormat"), findings.stream().map(Finding::code).toList());
    assertTrue(findings.get(0).fix().isEmpty());
  }
}
