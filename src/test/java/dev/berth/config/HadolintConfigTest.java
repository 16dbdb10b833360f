package dev.berth.config;

import static dev.berth.config.TestRules.effective;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.berth.core.Level;
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

/** hadolint's {@code .hadolint.yaml}: exactly its keys, with hadolint's meaning. */
class HadolintConfigTest {
  private static EffectiveConfig hadolint(String yaml) throws ConfigException {
    return effective(ConfigDialect.HADOLINT, yaml);
  }

  @Test
  void aTypicalHadolintFile() throws ConfigException {
    EffectiveConfig c =
        hadolint(
            """
            failure-threshold: warning
            ignored:
              - DL3008
              - SC2086
              - DL3047   # a hadolint rule berth does not implement: a note, no effect
            override:
              error: [DL3004]
              info: [DL3059]
              warning: []
            trustedRegistries: [docker.io, "my-company.com:5000"]
            label-schema:
              author: text
              version: semver
            strict-labels: true
            disable-ignore-pragma: true
            no-fail: false
            no-color: true
            verbose: true
            format: json
            """);
    assertEquals(Optional.of(Level.WARNING), c.failureThreshold());
    assertEquals(Set.of("DL3008", "SC2086", "DL3047"), c.policy().ignored());
    assertEquals(Map.of("DL3004", Level.ERROR, "DL3059", Level.INFO), c.policy().levels());
    assertEquals(List.of("docker.io", "my-company.com:5000"), c.settings().trustedRegistries());
    assertEquals(Map.of("author", "text", "version", "semver"), c.settings().labelSchema());
    assertTrue(c.settings().strictLabels());
    assertTrue(c.disableIgnorePragma());
    assertFalse(c.noFail());
    assertTrue(c.noColor());
    assertEquals(Optional.of("json"), c.format());
  }

  @ParameterizedTest
  @CsvSource({"none,STYLE", "ignore,STYLE", "error,ERROR", "style,STYLE"})
  void hadolintsNoneAndIgnoreThresholdsFailOnAnyFinding(String text, Level level)
      throws ConfigException {
    EffectiveConfig c = hadolint("failure-threshold: " + text);
    assertEquals(Optional.of(level), c.failureThreshold());
  }

  @ParameterizedTest
  @CsvSource({
    "yes,true",
    "Yes,true",
    "on,true",
    "y,true",
    "TRUE,true",
    "no,false",
    "off,false",
    "n,false",
    "False,false"
  })
  void yaml11BooleansAsHadolintsParserReadsThem(String text, boolean value) throws ConfigException {
    assertEquals(value, hadolint("no-fail: " + text).noFail());
  }

  @ParameterizedTest
  @CsvSource({"gitlab_codeclimate,codeclimate", "sarif,sarif", "checkstyle,checkstyle"})
  void formatNamesMapToBerths(String hadolintName, String berthName) throws ConfigException {
    assertEquals(Optional.of(berthName), hadolint("format: " + hadolintName).format());
  }

  @Test
  void formatsTakesTheFirst() throws ConfigException {
    assertEquals(Optional.of("json"), hadolint("formats: [json, tty]").format());
    assertEquals(Optional.empty(), hadolint("formats: []").format());
  }

  static Stream<Arguments> badHadolintFiles() {
    return Stream.of(
        arguments(
            "exclude: [vendor]",
            "cfg:1:1: unknown key 'exclude' (expected one of: no-fail, "
                + "no-color, verbose, format, formats, failure-threshold, ignored, override, "
                + "trustedRegistries, label-schema, strict-labels, disable-ignore-pragma)"),
        arguments(
            "enable: [DL3026]",
            "cfg:1:1: unknown key 'enable' (expected one of: no-fail, "
                + "no-color, verbose, format, formats, failure-threshold, ignored, override, "
                + "trustedRegistries, label-schema, strict-labels, disable-ignore-pragma)"),
        arguments(
            "ignore: [DL3008]",
            "cfg:1:1: unknown key 'ignore'; did you mean 'ignored'? "
                + "(expected one of: no-fail, no-color, verbose, format, formats, "
                + "failure-threshold, "
                + "ignored, override, trustedRegistries, label-schema, strict-labels, "
                + "disable-ignore-pragma)"),
        arguments(
            "trustedRegistries: docker.io",
            "cfg:1:20: trustedRegistries: expected a list "
                + "of registry host names, got 'docker.io'"),
        arguments(
            "failure-threshold: fatal",
            "cfg:1:20: failure-threshold: expected error, "
                + "warning, info, style, ignore or none, got 'fatal'"),
        arguments(
            "ignored: [crazy]",
            "cfg:1:11: ignored[0]: unknown rule 'crazy' ('berth rules' lists them all)"),
        arguments(
            "ignored: [dl3008]",
            "cfg:1:11: ignored[0]: unknown rule 'dl3008'; did you mean "
                + "'DL3008'? ('berth rules' lists them all)"),
        arguments(
            "formats: [json, sonarqube]",
            "cfg:1:17: formats[1]: unknown format 'sonarqube' (expected one of tty, gnu, json,"
                + " sarif, checkstyle, codeclimate, junit, github)"),
        arguments("verbose: maybe", "cfg:1:10: verbose: expected true or false, got 'maybe'"));
  }

  @ParameterizedTest
  @MethodSource
  void badHadolintFiles(String text, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> hadolint(text));
    assertEquals(message, e.getMessage());
  }
}
