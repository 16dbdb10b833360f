package dev.berth.config;

import static dev.berth.config.TestRules.effective;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.berth.core.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** dclint's {@code .dclintrc}: levels 0, 1, 2, options, quiet, debug, exclude. */
class DclintConfigTest {
  private static EffectiveConfig dclint(String text) throws ConfigException {
    return effective(ConfigDialect.DCLINT, text);
  }

  @Test
  void levelsMapToOffWarningAndError() throws ConfigException {
    EffectiveConfig c =
        dclint(
            """
            {
              "rules": {
                "no-version-field": 0,
                "require-explicit-image-tag": 1,
                "no-build-and-image": 2
              },
              "quiet": true,
              "debug": false
            }
            """);
    assertFalse(c.policy().runs(TestRules.NO_VERSION));
    assertEquals(Level.WARNING, c.policy().level(TestRules.EXPLICIT_TAG));
    assertEquals(Set.of("no-version-field"), c.policy().ignored());
    assertEquals(
        Map.of(
            "service-image-require-explicit-tag", Level.WARNING, "no-build-and-image", Level.ERROR),
        c.policy().levels());
  }

  @Test
  void levelWithOptionsKeepsTheOptions() throws ConfigException {
    EffectiveConfig c =
        dclint(
            """
            rules:
              service-image-require-explicit-tag: [2, {prohibitedTags: [latest, edge]}]
              no-version-field: [0]
            """);
    assertEquals(Level.ERROR, c.policy().level(TestRules.EXPLICIT_TAG));
    assertEquals(
        List.of("latest", "edge"),
        c.policy().options(TestRules.EXPLICIT_TAG).getStrings("prohibitedTags", List.of()));
    assertFalse(c.policy().runs(TestRules.NO_VERSION));
  }

  @Test
  void excludeIsRelativeToTheRcFolder() throws ConfigException {
    EffectiveConfig c =
        effective(ConfigDialect.DCLINT, "{\"exclude\": [\"legacy\"]}", Path.of("/r"));
    assertTrue(c.isExcluded(Path.of("/r/legacy/compose.yaml"), false));
    assertTrue(c.isExcluded(Path.of("/r/a/legacy/compose.yaml"), false));
    assertFalse(c.isExcluded(Path.of("/r/compose.yaml"), false));
  }

  static Stream<Arguments> badDclintFiles() {
    return Stream.of(
        arguments(
            "{\"rules\": {\"no-version-field\": 3}}",
            "cfg:1:32: rules.no-version-field: "
                + "expected a level 0 (off), 1 (warning) or 2 (error), got '3'"),
        arguments(
            "{\"rules\": {\"no-version-field\": \"error\"}}",
            "cfg:1:32: "
                + "rules.no-version-field: expected a level 0 (off), 1 (warning) or 2 (error), got "
                + "'error'"),
        arguments(
            "{\"rules\": {\"no-version-field\": []}}",
            "cfg:1:32: rules.no-version-field: "
                + "expected [level] or [level, {options}], got a list of 0"),
        arguments(
            "{\"rules\": {\"no-version-field\": [1, {}, 2]}}",
            "cfg:1:32: rules.no-version-field: expected [level] or [level, {options}], got a"
                + " list of 3"),
        arguments(
            "{\"rules\": {\"no-version-field\": [1, [2]]}}",
            "cfg:1:36: rules.no-version-field[1]: expected a mapping, got a list"),
        arguments(
            "{\"rules\": {\"no-version-field\": [\"1\"]}}",
            "cfg:1:33: "
                + "rules.no-version-field[0]: expected a level 0 (off), 1 (warning) or 2 (error), "
                + "got "
                + "'1'"),
        arguments(
            "{\"rules\": {\"no-versoin-field\": 1}}",
            "cfg:1:12: rules: unknown rule "
                + "'no-versoin-field'; did you mean 'no-version-field'? ('berth rules' lists them "
                + "all)"),
        arguments(
            "{\"rules\": {\"services-alphabetical-ordr\": 1}}",
            "cfg:1:12: rules: unknown "
                + "rule 'services-alphabetical-ordr'; did you mean 'services-alphabetical-order'? "
                + "('berth rules' lists them all)"),
        arguments(
            "{\"ignored\": [\"DL3008\"]}",
            "cfg:1:2: unknown key 'ignored' (expected one of: rules, quiet, debug, exclude)"),
        arguments("{\"quiet\": \"yes\"}", "cfg:1:11: quiet: expected true or false, got 'yes'"));
  }

  @ParameterizedTest
  @MethodSource
  void badDclintFiles(String text, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> dclint(text));
    assertEquals(message, e.getMessage());
  }
}
