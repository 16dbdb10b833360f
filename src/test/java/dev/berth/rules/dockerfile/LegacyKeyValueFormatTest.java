package dev.berth.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.core.Finding;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.engine.fix.DockerfileRelinter;
import dev.berth.engine.fix.FixResult;
import dev.berth.engine.fix.Fixer;
import dev.berth.engine.fix.Relinter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The legacy-to-current rewrite keeps every value exactly as BuildKit reads it. */
class LegacyKeyValueFormatTest {
  private static final List<Rule> RULES = List.of(new LegacyKeyValueFormat());
  private static final Relinter RELINTER =
      DockerfileRelinter.of(
          new Linter(RULES, RulePolicy.DEFAULTS, LintSettings.DEFAULTS), RULES, "Dockerfile");

  private static String value(String word, int escape) throws ShellSyntaxException {
    return BuildkitWords.process(
                word, name -> "<" + name + ">", BuildkitWords.Options.defaults(escape))
            .word()
        + "|"
        + BuildkitWords.process(word, BuildkitWords.EMPTY, BuildkitWords.Options.defaults(escape))
            .word();
  }

  @Test
  void quotingHelpers() {
    assertEquals("\"a \\\"b\\\" \\$c \\\\d\"", Quoting.literal("a \"b\" $c \\d", '\\'));
    assertEquals("\"a\\b`$c\"", Quoting.literal("a\\b$c", '`'));
    assertTrue(Quoting.isOneWord("a\\ b", '\\'));
    assertTrue(Quoting.isOneWord("\"a b\"'c d'", '\\'));
    assertFalse(Quoting.isOneWord("a b", '\\'));
    assertFalse(Quoting.isOneWord("a\u00a0b", '\\'));
    assertFalse(Quoting.isOneWord("", '\\'));
    assertEquals(Optional.of("\"it's \\\"x\\\"\""), Quoting.asDoubleQuoted("it\\'s '\"x\"'", '\\'));
    assertEquals(Optional.empty(), Quoting.asDoubleQuoted("${A:-'x'} y", '\\'));
    assertEquals(Optional.empty(), Quoting.asDoubleQuoted("'open", '\\'));
  }

  @Test
  void randomLegacyValuesAreRewrittenWithTheSameValueOrNotAtAll() throws ShellSyntaxException {
    String[] pieces = {
      "a",
      "b",
      " ",
      "  ",
      "\t",
      "'",
      "\"",
      "\\",
      "$",
      "{",
      "}",
      "${X}",
      "$Y",
      "${Z:-d e}",
      ":",
      "-",
      "=",
      "#",
      "`",
      "é",
      "\\\n",
      "\\\n    "
    };
    Random random = new Random(7);
    int fixed = 0;
    for (int round = 0; round < 3000; round++) {
      int escape = random.nextInt(4) == 0 ? '`' : '\\';
      StringBuilder v = new StringBuilder();
      int n = 1 + random.nextInt(7);
      for (int i = 0; i < n; i++) {
        v.append(pieces[random.nextInt(pieces.length)]);
      }
      // "\\\n" pieces are line continuations, written with the file's escape character.
      String physical = v.toString().strip().replace("\\\n", Character.toString(escape) + "\n");
      if (physical.isEmpty()
          || physical.endsWith("\\")
          || physical.endsWith("`")
          || physical.startsWith("`")) {
        continue;
      }
      String directive = escape == '`' ? "# escape=`\n" : "";
      String file = directive + "FROM alpine\nENV KEY " + physical + "\n";
      byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
      Relinter.Linted before = RELINTER.lint(bytes);
      if (before.hasParseError()) {
        continue;
      }
      List<Finding> findings = before.findings();
      assertEquals(1, findings.size(), file);
      FixResult result = new Fixer().fix(bytes, RELINTER);
      if (findings.get(0).fix().isEmpty()) {
        assertEquals(FixResult.Status.NOTHING_TO_FIX, result.status(), file);
        continue;
      }
      assertEquals(FixResult.Status.FIXED, result.status(), file);
      fixed++;
      Env env =
          DockerfileParsing.parse(SourceText.of("Dockerfile", result.bytes()))
              .instructions(Env.class)
              .get(0);
      assertEquals(1, env.pairs().size(), () -> new String(result.bytes(), StandardCharsets.UTF_8));
      KeyValue pair = env.pairs().get(0);
      assertFalse(pair.legacy());
      assertEquals("KEY", pair.key().text());
      String legacy =
          DockerfileParsing.parse(SourceText.of("Dockerfile", bytes))
              .instructions(Env.class)
              .get(0)
              .pairs()
              .get(0)
              .value()
              .text();
      String rewritten = pair.value().text();
      String expected;
      try {
        expected = value(legacy, escape);
      } catch (ShellSyntaxException e) {
        throw new AssertionError(
            "a fix was offered for a value BuildKit cannot process: " + file, e);
      }
      assertEquals(
          expected,
          value(rewritten, escape),
          () -> file + " became " + new String(result.bytes(), StandardCharsets.UTF_8));
    }
    assertTrue(fixed > 1000, "only " + fixed + " values were fixed");
  }

  /**
   * Found by fuzzing: BuildKit keeps bytes that are not UTF-8 in a legacy key or value but reads
   * key=value rune by rune, turning them into U+FFFD, so the rewrite would rename the variable.
   */
  @Test
  void aKeyOrValueWithBytesThatAreNotUtf8IsReportedWithoutAFix() {
    for (String line :
        new String[] {"ENV lower\u00ff\u00ff x", "ENV key x\u00ff y", "LABEL k\u00ff \"a b\""}) {
      byte[] bytes = ("FROM alpine\n" + line + "\n").getBytes(StandardCharsets.ISO_8859_1);
      List<Finding> findings = RELINTER.lint(bytes).findings();
      assertEquals(1, findings.size(), line);
      assertTrue(findings.get(0).fix().isEmpty(), line);
      assertEquals(
          FixResult.Status.NOTHING_TO_FIX, new Fixer().fix(bytes, RELINTER).status(), line);
    }
  }
}
