package dev.berth.config;

import static dev.berth.config.TestRules.effective;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.berth.api.RuleOptions;
import dev.berth.core.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key of {@code .berth.yaml} and what it does. */
class BerthConfigTest {
  private static EffectiveConfig berth(String yaml) throws ConfigException {
    return effective(ConfigDialect.BERTH, yaml);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "# only a comment\n", "~\n", "null\n", "---\n"})
  void anEmptyFileSetsNothing(String text) throws ConfigException {
    EffectiveConfig c = berth(text);
    assertEquals(Optional.of(Level.INFO), c.failureThreshold());
    assertTrue(c.policy().ignored().isEmpty());
    assertTrue(c.policy().levels().isEmpty());
    assertFalse(c.noFail());
  }

  @ParameterizedTest
  @CsvSource({"error,ERROR", "warning,WARNING", "info,INFO", "style,STYLE", "Warning,WARNING"})
  void failureThresholdLevels(String text, Level level) throws ConfigException {
    assertEquals(Optional.of(level), berth("failure-threshold: " + text).failureThreshold());
  }

  @Test
  void failureThresholdNoneNeverFails() throws ConfigException {
    EffectiveConfig c = berth("failure-threshold: none");
    assertEquals(Optional.empty(), c.failureThreshold());
    assertFalse(c.failsOn(Level.ERROR));
  }

  @Test
  void ignoredByIdNameOrAliasIsStoredById() throws ConfigException {
    EffectiveConfig c = berth("ignored: [DL3008, no-sudo, DL3025, SC2086]");
    assertEquals(Set.of("DL3008", "DL3004", "JSONArgsRecommended", "SC2086"), c.policy().ignored());
    assertFalse(c.policy().runs(TestRules.APT_GET_UNPINNED));
    assertFalse(c.policy().runs(TestRules.JSON_ARGS));
    assertTrue(c.policy().runs(TestRules.CONSECUTIVE_RUN));
  }

  @Test
  void enableTurnsOnARuleThatIsOffByDefault() throws ConfigException {
    assertFalse(berth("").policy().runs(TestRules.UNTRUSTED_REGISTRY));
    assertTrue(berth("enable: [DL3026]").policy().runs(TestRules.UNTRUSTED_REGISTRY));
  }

  @Test
  void overrideSetsLevels() throws ConfigException {
    EffectiveConfig c =
        berth(
            "override:\n  error: [DL3008]\n  warning: [DL3004]\n  info: [no-version-field]\n  "
                + "style: [DL3059]\n");
    assertEquals(Level.ERROR, c.policy().level(TestRules.APT_GET_UNPINNED));
    assertEquals(Level.WARNING, c.policy().level(TestRules.SUDO));
    assertEquals(Level.INFO, c.policy().level(TestRules.NO_VERSION));
    assertEquals(Level.STYLE, c.policy().level(TestRules.CONSECUTIVE_RUN));
  }

  @Test
  void theMostSevereOverrideWinsWithinOneFile() throws ConfigException {
    EffectiveConfig c =
        berth(
            "override:\n  style: [DL3008]\n  error: [DL3008]\n  info: [DL3008]\nrules:\n  DL3008: "
                + "{level: warning}\n");
    assertEquals(Level.ERROR, c.policy().level(TestRules.APT_GET_UNPINNED));
  }

  @Test
  void rulesGiveLevelsAndOptions() throws ConfigException {
    EffectiveConfig c =
        berth(
            """
            rules:
              service-image-require-explicit-tag:
                {level: error, options: {allowed: [latest-lts], max: 3, strict: true}}
              DL3059:
                level: style
              apt-get-unpinned:
                options:
                  packages: {curl: "7.88"}
                  ratio: 0.5
                  nothing: ~
            """);
    assertEquals(Level.ERROR, c.policy().level(TestRules.EXPLICIT_TAG));
    RuleOptions tag = c.policy().options(TestRules.EXPLICIT_TAG);
    assertEquals(List.of("latest-lts"), tag.getStrings("allowed", List.of()));
    assertEquals(Optional.of(3L), tag.get("max"));
    assertTrue(tag.getBoolean("strict", false));
    assertEquals(Level.STYLE, c.policy().level(TestRules.CONSECUTIVE_RUN));
    RuleOptions apt = c.policy().options(TestRules.APT_GET_UNPINNED);
    assertEquals(Map.of("packages", Map.of("curl", "7.88"), "ratio", 0.5), apt.asMap());
    assertEquals(Level.WARNING, c.policy().level(TestRules.APT_GET_UNPINNED));
  }

  @Test
  void levelOffIgnoresTheRule() throws ConfigException {
    EffectiveConfig c = berth("rules:\n  no-version-field: {level: off}\n");
    assertFalse(c.policy().runs(TestRules.NO_VERSION));
    assertEquals(Set.of("no-version-field"), c.policy().ignored());
  }

  @Test
  void trustedRegistriesLabelSchemaAndStrictLabels() throws ConfigException {
    EffectiveConfig c =
        berth(
            """
            trustedRegistries: [docker.io, "*.gcr.io", "my.co:5000"]
            label-schema:
              {maintainer: text, org.opencontainers.image.created: rfc3339, other: "", v: semver}
            strict-labels: true
            """);
    assertEquals(List.of("docker.io", "*.gcr.io", "my.co:5000"), c.settings().trustedRegistries());
    assertEquals(
        Map.of(
            "maintainer",
            "text",
            "org.opencontainers.image.created",
            "rfc3339",
            "other",
            "text",
            "v",
            "semver"),
        c.settings().labelSchema());
    assertTrue(c.settings().strictLabels());
  }

  @Test
  void excludeIsRelativeToTheConfigFolder() throws ConfigException {
    Path folder = Path.of("/repo/app");
    EffectiveConfig c =
        effective(
            ConfigDialect.BERTH, "exclude: [\"vendor/**\", \"**/testdata/**\", \"*.old\"]", folder);
    assertTrue(c.isExcluded(Path.of("/repo/app/vendor/x/Dockerfile"), false));
    assertTrue(c.isExcluded(Path.of("/repo/app/a/testdata/Dockerfile"), false));
    assertTrue(c.isExcluded(Path.of("/repo/app/sub/Dockerfile.old"), false));
    assertFalse(c.isExcluded(Path.of("/repo/app/src/Dockerfile"), false));
    assertFalse(c.isExcluded(Path.of("/repo/vendor/Dockerfile"), false));
    assertTrue(c.isExcluded(Path.of("/repo/app/vendor/x"), true));
    assertFalse(c.isExcluded(Path.of("/repo/app/vendor"), true));
  }

  @Test
  void noFailDisableIgnorePragmaAndFormat() throws ConfigException {
    EffectiveConfig c = berth("no-fail: true\ndisable-ignore-pragma: true\nformat: sarif\n");
    assertTrue(c.noFail());
    assertTrue(c.disableIgnorePragma());
    assertEquals(Optional.of("sarif"), c.format());
    assertFalse(c.failsOn(Level.ERROR));
  }

  @Test
  void jsonIsAcceptedToo() throws ConfigException {
    EffectiveConfig c = berth("{\"ignored\": [\"DL3008\"], \"failure-threshold\": \"error\"}");
    assertEquals(Set.of("DL3008"), c.policy().ignored());
    assertEquals(Optional.of(Level.ERROR), c.failureThreshold());
  }

  @Test
  void aKeyWithNoValueIsNotSet() throws ConfigException {
    EffectiveConfig c = berth("ignored:\nfailure-threshold:\noverride:\n  error:\n");
    assertTrue(c.policy().ignored().isEmpty());
    assertEquals(Optional.of(Level.INFO), c.failureThreshold());
  }

  @Test
  void anchorsAndAliasesWork() throws ConfigException {
    EffectiveConfig c = berth("ignored: &ids [DL3008]\noverride:\n  error: *ids\n");
    assertEquals(Set.of("DL3008"), c.policy().ignored());
    assertEquals(Map.of("DL3008", Level.ERROR), c.policy().levels());
  }

  /** Each bad file and the exact one-line message it gives. */
  static Stream<Arguments> badFilesNameFileLineAndKey() {
    return Stream.of(
        arguments(
            "ignore: [DL3008]",
            "cfg:1:1: unknown key 'ignore'; did you mean 'ignored'? "
                + "(expected one of: failure-threshold, ignored, enable, override, rules, "
                + "trustedRegistries, label-schema, strict-labels, exclude, no-fail, "
                + "disable-ignore-pragma, format)"),
        arguments(
            "failure-threshold: warn",
            "cfg:1:20: failure-threshold: expected error, "
                + "warning, info, style or none, got 'warn'"),
        arguments(
            "failure-threshold: ignore",
            "cfg:1:20: failure-threshold: expected error, "
                + "warning, info, style or none, got 'ignore'"),
        arguments(
            "failure-threshold: [error]",
            "cfg:1:20: failure-threshold: expected error, "
                + "warning, info, style or none, got a list"),
        arguments(
            "ignored: DL3008", "cfg:1:10: ignored: expected a list of rule ids, got 'DL3008'"),
        arguments(
            "ignored: [DL3008, DL30008]",
            "cfg:1:19: ignored[1]: unknown rule 'DL30008'; "
                + "did you mean 'DL3008'? ('berth rules' lists them all)"),
        arguments(
            "ignored: [DL9999]",
            "cfg:1:11: ignored[0]: unknown rule 'DL9999' ('berth rules' lists them all)"),
        arguments("ignored: [[DL3008]]", "cfg:1:11: ignored[0]: expected rule ids, got a list"),
        arguments(
            "enable: [untrusted-registyr]",
            "cfg:1:10: enable[0]: unknown rule "
                + "'untrusted-registyr'; did you mean 'untrusted-registry'? ('berth rules' lists "
                + "them "
                + "all)"),
        arguments("override: [DL3008]", "cfg:1:11: override: expected a mapping, got a list"),
        arguments(
            "override: {errors: [DL3008]}",
            "cfg:1:12: override: unknown level 'errors'; "
                + "did you mean 'error'? (expected error, warning, info or style)"),
        arguments(
            "override: {error: [apt-get-unpined]}",
            "cfg:1:20: override.error[0]: unknown "
                + "rule 'apt-get-unpined'; did you mean 'apt-get-unpinned'? ('berth rules' lists "
                + "them "
                + "all)"),
        arguments(
            "rules: {DL3080: {level: error}}",
            "cfg:1:9: rules: unknown rule 'DL3080'; did "
                + "you mean 'DL3008'? ('berth rules' lists them all)"),
        arguments(
            "rules: {DL3008: {level: fatal}}",
            "cfg:1:25: rules.DL3008.level: expected "
                + "error, warning, info, style or off, got 'fatal'"),
        arguments(
            "rules: {DL3008: {lvl: error}}",
            "cfg:1:18: rules.DL3008: unknown key 'lvl'; "
                + "did you mean 'level'? (expected level or options)"),
        arguments(
            "rules: {DL3008: error}", "cfg:1:17: rules.DL3008: expected a mapping, got 'error'"),
        arguments(
            "rules: {DL3008: {options: [a]}}",
            "cfg:1:27: rules.DL3008.options: expected a mapping, got a list"),
        arguments(
            "trustedRegistries: docker.io",
            "cfg:1:20: trustedRegistries: expected a list "
                + "of registry host names, got 'docker.io'"),
        arguments(
            "label-schema: {version: semvr}",
            "cfg:1:25: label-schema.version: unknown "
                + "label type 'semvr' (expected one of text, url, semver, hash, rfc3339, spdx, "
                + "email)"),
        arguments(
            "label-schema: [version]", "cfg:1:15: label-schema: expected a mapping, got a list"),
        arguments(
            "strict-labels: yes", "cfg:1:16: strict-labels: expected true or false, got 'yes'"),
        arguments(
            "strict-labels: \"true\"",
            "cfg:1:16: strict-labels: expected true or false, got 'true'"),
        arguments("no-fail: 1", "cfg:1:10: no-fail: expected true or false, got '1'"),
        arguments(
            "exclude: \"vendor/**\"",
            "cfg:1:10: exclude: expected a list of path patterns, got 'vendor/**'"),
        arguments(
            "format: xml",
            "cfg:1:9: format: unknown format 'xml' (expected one of tty, "
                + "gnu, json, sarif, checkstyle, codeclimate, junit, github)"),
        arguments(
            "format: gitlab_codeclimate",
            "cfg:1:9: format: unknown format "
                + "'gitlab_codeclimate' (expected one of tty, gnu, json, sarif, checkstyle, "
                + "codeclimate, junit, github)"),
        arguments("[DL3008]", "cfg:1:1: expected a mapping, got a list"),
        arguments("just text", "cfg:1:1: expected a mapping, got 'just text'"),
        arguments(
            "ignored: [DL3008]\\nignored: [DL3004]",
            "cfg:2:1: ignored: duplicate key (first at line 1)"),
        arguments("? [a]\\n: b", "cfg:1:3: keys must be strings, got a list"));
  }

  @ParameterizedTest
  @MethodSource
  void badFilesNameFileLineAndKey(String text, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> berth(text.replace("\\n", "\n")));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aBadLineFurtherDownIsReportedThere() {
    String text =
        "failure-threshold: error\nrules:\n  DL3059:\n    level: style\n  DL3008:\n    options: "
            + "{a: 1}\n    severity: error\n";
    ConfigException e = assertThrows(ConfigException.class, () -> berth(text));
    assertEquals(
        "cfg:7:5: rules.DL3008: unknown key 'severity' (expected level or options)",
        e.getMessage());
  }

  static Stream<Arguments> malformedYamlGivesItsPosition() {
    return Stream.of(
        arguments(
            "ignored: [DL3008",
            "cfg:1:17: invalid YAML: while parsing a flow sequence, "
                + "expected ',' or ']', but got <stream end>"),
        arguments("a: b: c", "cfg:1:5: invalid YAML: mapping values are not allowed here"),
        arguments(
            "ignored:\\n  - a\\n b: c",
            "cfg:3:2: invalid YAML: while parsing a block "
                + "mapping, expected <block end>, but found '<block mapping start>'"),
        arguments("ignored: *nothing", "cfg:1:10: invalid YAML: found undefined alias nothing"),
        arguments(
            "a: 1\\n---\\nb: 2",
            "cfg:2:1: invalid YAML: expected a single document in the "
                + "stream, but found another document"));
  }

  @ParameterizedTest
  @MethodSource
  void malformedYamlGivesItsPosition(String text, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> berth(text.replace("\\n", "\n")));
    assertEquals(message, e.getMessage());
  }
}
