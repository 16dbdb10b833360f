package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.api.RuleCatalog;
import dev.berth.core.Finding;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.engine.suppress.Origin;
import dev.berth.engine.suppress.Scope;
import dev.berth.engine.suppress.ShellPragma;
import dev.berth.engine.suppress.Suppression;
import dev.berth.engine.suppress.SuppressionOptions;
import dev.berth.engine.suppress.Suppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What suppressions do besides dropping findings: levels, experimental checks, options, reasons.
 */
class SuppressionEngineTest {
  private static final List<Rule> RULES = rules();

  private static List<Rule> rules() {
    List<Rule> all = new ArrayList<>(BuiltinRules.all());
    // The RUNs of these texts exist to carry probe findings; DL3059 would join them.
    all.removeIf(r -> r.meta().id().equals("DL3059"));
    all.addAll(ProbeRules.all());
    return List.copyOf(all);
  }

  private static List<Finding> lint(String text, RulePolicy policy, SuppressionOptions options) {
    Linter linter = new Linter(RULES, policy, LintSettings.DEFAULTS, options);
    return linter.lintDockerfile(SourceText.of("Dockerfile", text));
  }

  private static List<Finding> lint(String text) {
    return lint(text, RulePolicy.DEFAULTS, SuppressionOptions.DEFAULTS);
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + "@" + f.start() + ":" + f.level().id()).toList();
  }

  private static final String EMPTY_CONTINUATION = "RUN echo probe \\\n\n    done\n";

  @Test
  void errorTrueRaisesBuildkitChecksOnly() {
    String text = "# check=error=true\nFROM alpine:3.20\n" + EMPTY_CONTINUATION;
    assertEquals(
        List.of("DL9001@3:10:warning", "NoEmptyContinuation@5:5:error"), describe(lint(text)));
  }

  @Test
  void skippedChecksAreDroppedNotRaised() {
    String text =
        "# check=skip=NoEmptyContinuation;error=true\nFROM alpine:3.20\n" + EMPTY_CONTINUATION;
    assertEquals(List.of("DL9001@3:10:warning"), describe(lint(text)));
  }

  @Test
  void buildArgReplacesTheDirective() {
    String text = "# check=error=true\nFROM alpine:3.20\n" + EMPTY_CONTINUATION;
    SuppressionOptions arg = SuppressionOptions.DEFAULTS.withBuildkitDockerfileCheck("skip=DL9001");
    assertEquals(
        List.of("NoEmptyContinuation@5:5:warning"), describe(lint(text, RulePolicy.DEFAULTS, arg)));
    SuppressionOptions errorArg =
        SuppressionOptions.DEFAULTS.withBuildkitDockerfileCheck("error=true");
    String skipAll = "# check=skip=all\nFROM alpine:3.20\n" + EMPTY_CONTINUATION;
    assertEquals(
        List.of("DL9001@3:10:warning", "NoEmptyContinuation@5:5:error"),
        describe(lint(skipAll, RulePolicy.DEFAULTS, errorArg)));
  }

  @Test
  void invalidBuildArgIsReportedAndAppliesNothing() {
    String text = "# check=skip=all\nFROM alpine:3.20\n" + EMPTY_CONTINUATION;
    SuppressionOptions arg =
        SuppressionOptions.DEFAULTS.withBuildkitDockerfileCheck("skip=all;bogus");
    List<Finding> out = lint(text, RulePolicy.DEFAULTS, arg);
    assertEquals(
        List.of(
            "InvalidDirective@1:1:error", "DL9001@3:10:warning", "NoEmptyContinuation@5:5:warning"),
        describe(out));
    assertTrue(out.get(0).message().contains("BUILDKIT_DOCKERFILE_CHECK"), out.get(0).message());
  }

  @Test
  void experimentalChecksRunOnlyWhenEnabled() {
    String body = "FROM alpine:3.20\nRUN echo experiment\n";
    assertEquals(List.of(), describe(lint(body)));
    assertEquals(
        List.of("ProbeExperimental@3:10:warning"),
        describe(lint("# check=experimental=InvalidDefinitionDescription\n" + body)));
    assertEquals(
        List.of("ProbeExperimental@3:10:warning"),
        describe(lint("# check=experimental=all\n" + body)));
    // skip never applies to experimental checks
    assertEquals(
        List.of("ProbeExperimental@3:10:warning"),
        describe(lint("# check=skip=all;experimental=all\n" + body)));
    assertEquals(
        List.of("ProbeExperimental@3:10:warning"),
        describe(lint("# check=skip=InvalidDefinitionDescription;experimental=all\n" + body)));
    // "all" is special only alone; in a list it is an (unknown) name
    assertEquals(
        List.of("InvalidSuppression@1:14:warning", "ProbeExperimental@3:10:warning"),
        describe(lint("# check=skip=all,InvalidDefinitionDescription;experimental=all\n" + body)));
  }

  @Test
  void experimentalInACommentIsLimitedToItsInstruction() {
    String text =
        "FROM alpine:3.20\n"
            + "# check=experimental=InvalidDefinitionDescription\n"
            + "RUN echo experiment\n"
            + "RUN echo experiment\n";
    assertEquals(List.of("ProbeExperimental@3:10:warning"), describe(lint(text)));
  }

  @Test
  void configurationCanStillTurnAnExperimentalCheckOff() {
    String text = "# check=experimental=all\nFROM alpine:3.20\nRUN echo experiment\n";
    RulePolicy off = new RulePolicy(Set.of("probe-experimental"), Set.of(), Map.of(), Map.of());
    assertEquals(List.of(), describe(lint(text, off, SuppressionOptions.DEFAULTS)));
  }

  @Test
  void inlinePragmasSuppressExperimentalChecks() {
    String text =
        "# check=experimental=all\nFROM alpine:3.20\n# berth "
            + "ignore=InvalidDefinitionDescription\nRUN echo experiment\n";
    assertEquals(List.of(), describe(lint(text)));
  }

  @Test
  void suppressionsOfRulesTurnedOffAreNotUnknown() {
    String text = "FROM alpine:3.20\n# berth ignore=NoEmptyContinuation\nRUN true\n";
    RulePolicy off = new RulePolicy(Set.of("NoEmptyContinuation"), Set.of(), Map.of(), Map.of());
    assertEquals(List.of(), describe(lint(text, off, SuppressionOptions.DEFAULTS)));
  }

  @Test
  void configurationGovernsInvalidSuppressionFindings() {
    String text = "FROM alpine:3.20\n# berth ignore=NoSuchRule\nRUN true\n";
    assertEquals(List.of("InvalidSuppression@2:16:warning"), describe(lint(text)));
    RulePolicy off =
        new RulePolicy(Set.of("invalid-suppression-comment"), Set.of(), Map.of(), Map.of());
    assertEquals(List.of(), describe(lint(text, off, SuppressionOptions.DEFAULTS)));
    String global = "# berth global ignore=InvalidSuppression\n" + text;
    assertEquals(List.of(), describe(lint(global)));
  }

  @Test
  void reasonsAndTheSuppressionThatDroppedAFindingAreKept() {
    String text =
        "FROM alpine:3.20\n"
            + "# berth ignore=DL9001 -- generated by the build script\n"
            + "RUN echo probe\n"
            + "# hadolint ignore=DL9001 # legacy\n"
            + "RUN echo probe\n";
    SourceText source = SourceText.of("Dockerfile", text);
    Suppressions sup =
        Suppressions.forDockerfile(
            DockerfileParsing.parse(source),
            RuleCatalog.ofRules(RULES),
            SuppressionOptions.DEFAULTS);
    List<Suppression> all = sup.suppressions();
    assertEquals(2, all.size());
    assertEquals(Origin.BERTH, all.get(0).origin());
    assertEquals(Scope.NEXT_INSTRUCTION, all.get(0).scope());
    assertEquals(Optional.of("generated by the build script"), all.get(0).reason());
    assertEquals(Optional.of("legacy"), all.get(1).reason());
    List<Finding> raw =
        lint(text, RulePolicy.DEFAULTS, SuppressionOptions.DEFAULTS.withDisableIgnorePragma(true));
    assertEquals(List.of("DL9001@3:10:warning", "DL9001@5:10:warning"), describe(raw));
    Suppressions.Outcome outcome = sup.apply(raw);
    assertEquals(List.of(), outcome.kept());
    assertEquals(2, outcome.suppressed().size());
    assertEquals(all.get(0), outcome.suppressed().get(0).by());
    assertEquals(all.get(1), outcome.suppressed().get(1).by());
    assertEquals(List.of(), outcome.unused());
    assertEquals(List.of(), lint(text));
  }

  @Test
  void shellPragmasAreRecordedForShellCheck() {
    String text =
        "# hadolint shell=bash\nFROM alpine:3.20\n# hadolint shell=pwsh # windows stage\nRUN "
            + "echo\n";
    SourceText source = SourceText.of("Dockerfile", text);
    Suppressions sup =
        Suppressions.forDockerfile(
            DockerfileParsing.parse(source),
            RuleCatalog.ofRules(RULES),
            SuppressionOptions.DEFAULTS);
    List<ShellPragma> shells = sup.shellPragmas();
    assertEquals(2, shells.size());
    assertEquals("bash", shells.get(0).shell());
    assertFalse(shells.get(0).skipsShellCheck());
    assertEquals("pwsh", shells.get(1).shell());
    assertEquals(3, shells.get(1).line());
    assertTrue(shells.get(1).skipsShellCheck());
    assertEquals(Optional.of("pwsh"), sup.shellBefore(4));
    assertEquals(Optional.of("bash"), sup.shellBefore(3));
    assertEquals(Optional.empty(), sup.shellBefore(1));
    assertTrue(sup.suppressions().isEmpty());
    assertTrue(sup.problems().isEmpty());
  }

  @Test
  void disableIgnorePragmaKeepsBuildkitCommentsAndShellPragmas() {
    String text =
        "FROM alpine:3.20\n# hadolint shell=pwsh\n# check=skip=NoEmptyContinuation\n"
            + EMPTY_CONTINUATION;
    SuppressionOptions disabled = SuppressionOptions.DEFAULTS.withDisableIgnorePragma(true);
    assertEquals(
        List.of("DL9001@4:10:warning"), describe(lint(text, RulePolicy.DEFAULTS, disabled)));
    Suppressions sup =
        Suppressions.forDockerfile(
            DockerfileParsing.parse(SourceText.of("Dockerfile", text)),
            RuleCatalog.ofRules(RULES),
            disabled);
    assertEquals(1, sup.shellPragmas().size());
  }

  @Test
  void composeCommentsAreOffWithDisableIgnorePragma() {
    SourceText source =
        SourceText.of("compose.yaml", "# dclint disable\nservices: {}  # berth ignore=nope\n");
    RuleCatalog catalog = RuleCatalog.ofRules(RULES);
    assertEquals(2, Suppressions.forCompose(source, catalog).suppressions().size());
    Suppressions off =
        Suppressions.forCompose(
            source, catalog, SuppressionOptions.DEFAULTS.withDisableIgnorePragma(true));
    assertTrue(off.suppressions().isEmpty());
    assertTrue(off.problems().isEmpty());
  }

  @Test
  void linterHandsComposeSuppressionsItsCatalogue() {
    Linter linter = new Linter(RULES, RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
    Suppressions sup =
        linter.composeSuppressions(
            SourceText.of(
                "compose.yaml", "# berth ignore-file=invalid-suppression\nservices: {}\n"));
    assertTrue(sup.problems().isEmpty());
    assertEquals(1, sup.suppressions().size());
  }
}
