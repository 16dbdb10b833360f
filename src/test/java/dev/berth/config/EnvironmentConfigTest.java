package dev.berth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** hadolint's {@code HADOLINT_*} variables. */
class EnvironmentConfigTest {
  private static EffectiveConfig env(Map<String, String> vars) throws ConfigException {
    return LayerPrecedence.fold(List.of(EnvironmentConfig.read(vars, TestRules.IDS)), List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "y", "Y", "on", "ON", "true", "True", "yes", "YES", " yes "})
  void truthyValues(String value) throws ConfigException {
    EffectiveConfig c =
        env(
            Map.of(
                "HADOLINT_NOFAIL", value,
                "HADOLINT_STRICT_LABELS", value,
                "HADOLINT_DISABLE_IGNORE_PRAGMA", value));
    assertTrue(c.noFail());
    assertTrue(c.settings().strictLabels());
    assertTrue(c.disableIgnorePragma());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "", "no", "false", "off", "n", "2", "enabled"})
  void anyOtherValueIsAnExplicitFalse(String value) throws ConfigException {
    Map<String, String> vars = Map.of("HADOLINT_NOFAIL", value);
    assertEquals(Optional.of(false), EnvironmentConfig.read(vars, TestRules.IDS).noFail());
    assertFalse(env(vars).noFail());
  }

  @Test
  void unsetVariablesSetNothing() throws ConfigException {
    assertEquals(ConfigLayer.EMPTY, EnvironmentConfig.read(Map.of("PATH", "/bin"), TestRules.IDS));
  }

  @Test
  void listsAreCommaSeparated() throws ConfigException {
    EffectiveConfig c =
        env(
            Map.of(
                "HADOLINT_IGNORE", "DL3008, SC2086,,",
                "HADOLINT_OVERRIDE_ERROR", "DL3004",
                "HADOLINT_OVERRIDE_WARNING", "DL3059,no-version-field",
                "HADOLINT_OVERRIDE_INFO", "DL3025",
                "HADOLINT_OVERRIDE_STYLE", "DL3059",
                "HADOLINT_TRUSTED_REGISTRIES", "docker.io,ghcr.io",
                "HADOLINT_REQUIRE_LABELS", "maintainer:text,version:semver,bad:colour,plain,:url"));
    assertEquals(Set.of("DL3008", "SC2086"), c.policy().ignored());
    assertEquals(
        Map.of(
            "DL3004", Level.ERROR,
            "DL3059", Level.WARNING,
            "no-version-field", Level.WARNING,
            "JSONArgsRecommended", Level.INFO),
        c.policy().levels());
    assertEquals(List.of("docker.io", "ghcr.io"), c.settings().trustedRegistries());
    assertEquals(
        Map.of("maintainer", "text", "version", "semver", "plain", "text"),
        c.settings().labelSchema());
  }

  @ParameterizedTest
  @CsvSource({
    "'junk,json',json",
    "gitlab_codeclimate,codeclimate",
    "'sonarqube,codacy',",
    "tty,tty"
  })
  void formatDropsUnknownNames(String value, String expected) throws ConfigException {
    assertEquals(Optional.ofNullable(expected), env(Map.of("HADOLINT_FORMAT", value)).format());
  }

  @ParameterizedTest
  @CsvSource({"error,ERROR", "Warning,WARNING", "none,STYLE", "ignore,STYLE", "fatal,INFO"})
  void failureThresholdIgnoresBadValues(String value, Level expected) throws ConfigException {
    assertEquals(
        Optional.of(expected), env(Map.of("HADOLINT_FAILURE_THRESHOLD", value)).failureThreshold());
  }

  @Test
  void anUnknownRuleIdIsAnErrorNamingTheVariable() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> env(Map.of("HADOLINT_OVERRIDE_INFO", "DL3059,DL359")));
    assertEquals(
        "environment variable HADOLINT_OVERRIDE_INFO: unknown rule 'DL359'; did you mean "
            + "'DL3059'? ('berth rules' lists them all)",
        e.getMessage());
  }

  @Test
  void aHadolintRuleBerthDoesNotImplementIsAccepted() throws ConfigException {
    assertEquals(Set.of("DL3047"), env(Map.of("HADOLINT_IGNORE", "DL3047")).policy().ignored());
  }

  @Test
  void aCodeHadolintDoesNotDefineIsAnError() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> env(Map.of("HADOLINT_IGNORE", "DL3999")));
    assertTrue(e.getMessage().contains("unknown rule 'DL3999'"), e.getMessage());
  }
}
