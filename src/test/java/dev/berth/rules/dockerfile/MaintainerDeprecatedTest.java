package dev.berth.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.core.Finding;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.engine.fix.DockerfileRelinter;
import dev.berth.engine.fix.FixResult;
import dev.berth.engine.fix.Fixer;
import dev.berth.engine.fix.Relinter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintainerDeprecatedTest {
  private static final List<Rule> RULES = List.of(new MaintainerDeprecated());
  private static final Relinter RELINTER =
      DockerfileRelinter.of(
          new Linter(RULES, RulePolicy.DEFAULTS, LintSettings.DEFAULTS), RULES, "Dockerfile");

  /**
   * Found by fuzzing (LintPipelineFuzzTest): MAINTAINER text keeps bytes that are not UTF-8 as they
   * are, but the label it became is read rune by rune, turning each into U+FFFD.
   */
  @Test
  void textWithBytesThatAreNotUtf8IsReportedWithoutAFix() {
    byte[] bytes =
        "FROM alpine\nMAINTAINER Jane \u00ff Doe\n".getBytes(StandardCharsets.ISO_8859_1);
    List<Finding> findings = RELINTER.lint(bytes).findings();
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).fix().isEmpty());
    assertEquals(FixResult.Status.NOTHING_TO_FIX, new Fixer().fix(bytes, RELINTER).status());
  }

  @Test
  void plainTextIsFixed() {
    byte[] bytes = "FROM alpine\nMAINTAINER Jane Doe\n".getBytes(StandardCharsets.UTF_8);
    FixResult r = new Fixer().fix(bytes, RELINTER);
    assertEquals(FixResult.Status.FIXED, r.status());
    assertEquals(
        "FROM alpine\nLABEL maintainer=\"Jane Doe\"\n",
        new String(r.bytes(), StandardCharsets.UTF_8));
  }
}
