package dev.berth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.params.provider.MethodSource;

/** The command line's part: what the CLI passes, and the errors for bad options. */
class CliOverridesTest {
  private static EffectiveConfig cli(CliOverrides o) throws ConfigException {
    return LayerPrecedence.fold(List.of(o.toLayer(TestRules.IDS)), List.of());
  }

  @Test
  void nothingGivenMeansTheDefaults() throws ConfigException {
    EffectiveConfig c = cli(CliOverrides.NONE);
    assertEquals(Optional.of(Level.INFO), c.failureThreshold());
    assertEquals(ConfigLayer.EMPTY, CliOverrides.NONE.toLayer(TestRules.IDS));
  }

  @Test
  void everyOption() throws ConfigException {
    EffectiveConfig c =
        cli(
            CliOverrides.builder()
                .ignore(List.of("DL3008"))
                .enable(List.of("untrusted-registry"))
                .error(List.of("DL3059"))
                .warning(List.of("DL3004"))
                .info(List.of("no-version-field"))
                .style(List.of("DL3025"))
                .failureThreshold("none")
                .noFail(true)
                .trustedRegistries(List.of("ghcr.io"))
                .strictLabels(true)
                .requireLabels(List.of("maintainer:email", "version", "x:"))
                .disableIgnorePragma(true)
                .build());
    assertEquals(Set.of("DL3008"), c.policy().ignored());
    assertEquals(Set.of("DL3026"), c.policy().enabled());
    assertEquals(
        Map.of(
            "DL3059", Level.ERROR,
            "DL3004", Level.WARNING,
            "no-version-field", Level.INFO,
            "JSONArgsRecommended", Level.STYLE),
        c.policy().levels());
    assertEquals(Optional.empty(), c.failureThreshold());
    assertTrue(c.noFail());
    assertEquals(List.of("ghcr.io"), c.settings().trustedRegistries());
    assertTrue(c.settings().strictLabels());
    assertEquals(
        Map.of("maintainer", "email", "version", "text", "x", "text"), c.settings().labelSchema());
    assertTrue(c.disableIgnorePragma());
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        arguments(
            "ignore",
            "DL30599",
            "--ignore: unknown rule 'DL30599'; did you mean 'DL3059'? "
                + "('berth rules' lists them all)"),
        arguments("enable", "nope", "--enable: unknown rule 'nope' ('berth rules' lists them all)"),
        arguments(
            "error", "DL9999", "--error: unknown rule 'DL9999' ('berth rules' lists them all)"),
        arguments("warning", "x", "--warning: unknown rule 'x' ('berth rules' lists them all)"),
        arguments(
            "info", "SC2086x", "--info: unknown rule 'SC2086x' ('berth rules' lists them all)"),
        arguments(
            "style",
            "DL3O59",
            "--style: unknown rule 'DL3O59'; did you mean 'DL3059'? "
                + "('berth rules' lists them all)"),
        arguments(
            "threshold",
            "fatal",
            "--failure-threshold: unknown level 'fatal' (expected "
                + "error, warning, info, style or none)"),
        arguments(
            "label",
            "v:semvr",
            "--require-label: 'v:semvr' is not NAME:TYPE with TYPE one "
                + "of text, url, semver, hash, rfc3339, spdx, email"),
        arguments(
            "label",
            ":url",
            "--require-label: ':url' is not NAME:TYPE with TYPE one of "
                + "text, url, semver, hash, rfc3339, spdx, email"));
  }

  @ParameterizedTest
  @MethodSource
  void badOptions(String option, String value, String message) {
    CliOverrides.Builder b = CliOverrides.builder();
    List<String> one = List.of(value);
    switch (option) {
      case "ignore" -> b.ignore(one);
      case "enable" -> b.enable(one);
      case "error" -> b.error(one);
      case "warning" -> b.warning(one);
      case "info" -> b.info(one);
      case "style" -> b.style(one);
      case "threshold" -> b.failureThreshold(value);
      default -> b.requireLabels(one);
    }
    ConfigException e = assertThrows(ConfigException.class, () -> b.build().toLayer(TestRules.IDS));
    assertEquals(message, e.getMessage());
  }
}
