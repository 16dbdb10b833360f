package dev.berth.engine.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixer with berth's Dockerfile parser and every built-in rule. */
class DockerfileFixTest {
  private static final Path GOLDEN = Path.of("src/test/resources/fix");

  private static Relinter relinter(String name) {
    List<Rule> rules = BuiltinRules.all();
    return DockerfileRelinter.of(
        new Linter(rules, RulePolicy.DEFAULTS, LintSettings.DEFAULTS), rules, name);
  }

  private static FixResult fix(String content) {
    return new Fixer().fix(content.getBytes(StandardCharsets.UTF_8), relinter("Dockerfile"));
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void exampleIsFixedAsTheGoldenFilesSay() throws IOException {
    byte[] input = Files.readAllBytes(GOLDEN.resolve("example.Dockerfile"));
    FixResult r = new Fixer().fix(input, relinter("example.Dockerfile"));
    String diff = UnifiedDiff.of("Dockerfile", input, r.bytes());
    if (Boolean.getBoolean("berth.update")) {
      Files.write(GOLDEN.resolve("example.fixed.Dockerfile"), r.bytes());
      Files.writeString(GOLDEN.resolve("example.diff"), diff, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN.resolve("example.fixed.Dockerfile")), text(r.bytes()));
    assertEquals(Files.readString(GOLDEN.resolve("example.diff")), diff);
    assertEquals(FixResult.Status.FIXED, r.status());
    assertEquals(1, r.passes(), "no two fixes overlap, so one pass does it all");
    assertEquals(
        Map.of(
            "ConsistentInstructionCasing",
            1,
            "DL4000",
            1,
            "FromAsCasing",
            1,
            "LegacyKeyValueFormat",
            3),
        r.fixedByRule());
    assertTrue(r.remaining().stream().allMatch(f -> f.fix().isEmpty()), r.remaining().toString());
  }

  @Test
  void aFileThatDoesNotParseIsLeftByteForByte() {
    String content =
        "FROM alpine:3.20\nMAINTAINER me\nrun echo hi\nRUN <<EOF\necho never terminated\n";
    byte[] input = content.getBytes(StandardCharsets.UTF_8);
    FixResult r = new Fixer().fix(input, relinter("Dockerfile"));
    assertEquals(FixResult.Status.INPUT_DOES_NOT_PARSE, r.status());
    assertSame(input, r.bytes());
    assertEquals(content, text(input));
    assertTrue(r.remaining().stream().anyMatch(f -> f.code().equals("UnterminatedHeredoc")));
    assertTrue(
        r.remaining().stream().anyMatch(f -> f.code().equals("DL4000") && f.fix().isPresent()));
  }

  @Test
  void crlfStaysCrlfAndTheByteOrderMarkAndTrailingBlanksStay() {
    String content = "\uFEFFFROM alpine:3.20 as base  \r\nMAINTAINER me\t\r\nenv A b\r\n\r\n";
    FixResult r = fix(content);
    assertEquals(
        "\uFEFFFROM alpine:3.20 AS base  \r\nLABEL maintainer=\"me\"\t\r\nENV A=b\r\n\r\n",
        text(r.bytes()));
    assertFalse(text(r.bytes()).replace("\r\n", "").contains("\n"));
  }

  @Test
  void aWarningFromTheParserDoesNotBlockFixing() {
    FixResult r = fix("FROM alpine:3.20\nRUN echo a \\\n\n    b\nENV A b\n");
    assertEquals(FixResult.Status.FIXED, r.status());
    assertEquals("FROM alpine:3.20\nRUN echo a \\\n\n    b\nENV A=b\n", text(r.bytes()));
    assertTrue(r.remaining().stream().anyMatch(f -> f.code().equals("NoEmptyContinuation")));
  }

  @Test
  void fixingTwiceChangesNothing() {
    FixResult once = fix("from alpine AS a\nMAINTAINER x y\nLABEL a b c\nRUN true\n");
    FixResult twice = new Fixer().fix(once.bytes(), relinter("Dockerfile"));
    assertEquals(FixResult.Status.NOTHING_TO_FIX, twice.status());
    assertArrayEquals(once.bytes(), twice.bytes());
  }

  @Test
  void syntaxRulesAtErrorLevelMeanTheFileDoesNotParseWhateverTheConfiguredLevel() {
    Set<String> ids = DockerfileRelinter.parseErrorRuleIds(BuiltinRules.all());
    assertTrue(ids.contains("DL1000") && ids.contains("UnterminatedHeredoc"), ids.toString());
    assertFalse(
        ids.contains("NoEmptyContinuation"), "a warning-level syntax rule is not a parse error");
    assertFalse(ids.contains("DL4000"));

    // A finding of such a rule, downgraded to a warning by configuration, still blocks fixing.
    Relinter relinter =
        DockerfileRelinter.of(
            "Dockerfile",
            model ->
                List.of(
                    Finding.at(
                        model.source(),
                        new Span(0, 4),
                        "Pretend",
                        Level.WARNING,
                        "broken",
                        Optional.empty())),
            Set.of("Pretend"));
    Relinter.Linted linted = relinter.lint("FROM alpine\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(linted.hasParseError());
    assertEquals("Pretend", linted.syntaxProblems().get(0).code());
  }
}
