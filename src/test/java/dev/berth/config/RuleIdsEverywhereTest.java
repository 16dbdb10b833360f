package dev.berth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One id means the same in every place configuration is written: {@code --ignore}, {@code
 * HADOLINT_IGNORE}, {@code .berth.yaml}, {@code .hadolint.yaml} and {@code .dclintrc}. A rule berth
 * has is stored under its id; another tool's id that berth does not implement is kept with a note;
 * anything else is an error with a suggestion.
 */
class RuleIdsEverywhereTest {
  /** Where an id is written. */
  enum Place {
    CLI,
    ENVIRONMENT,
    BERTH,
    HADOLINT,
    DCLINT
  }

  /** The ignored ids of a config that names {@code id} in {@code place}, and the notes left. */
  private static Set<String> ignored(Place place, String id, ConfigRuleIds ids)
      throws ConfigException {
    ConfigLayer layer =
        switch (place) {
          case CLI -> CliOverrides.builder().ignore(List.of(id)).build().toLayer(ids);
          case ENVIRONMENT -> EnvironmentConfig.read(Map.of("HADOLINT_IGNORE", id), ids);
          case BERTH -> parse(ConfigDialect.BERTH, "ignored: [" + id + "]", ids);
          case HADOLINT -> parse(ConfigDialect.HADOLINT, "ignored: [" + id + "]", ids);
          case DCLINT -> parse(ConfigDialect.DCLINT, "{\"rules\": {\"" + id + "\": 0}}", ids);
        };
    return LayerPrecedence.fold(List.of(layer), List.of()).policy().ignored();
  }

  private static ConfigLayer parse(ConfigDialect dialect, String text, ConfigRuleIds ids)
      throws ConfigException {
    return ConfigFileReader.parse(text, "cfg", dialect, ids, Path.of("/p"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "CLI, DL3008, DL3008",
    "CLI, apt-get-unpinned, DL3008",
    "CLI, SC2086, SC2086",
    "ENVIRONMENT, DL3008, DL3008",
    "ENVIRONMENT, DL3025, JSONArgsRecommended",
    "BERTH, DL3008, DL3008",
    "BERTH, no-sudo, DL3004",
    "HADOLINT, DL3008, DL3008",
    "HADOLINT, SC2086, SC2086",
    "DCLINT, no-version-field, no-version-field",
    "DCLINT, require-explicit-image-tag, service-image-require-explicit-tag",
  })
  void anImplementedIdIsStoredUnderTheRulesId(Place place, String written, String stored)
      throws ConfigException {
    ConfigRuleIds ids = new ConfigRuleIds(TestRules.ALL);
    assertEquals(Set.of(stored), ignored(place, written, ids));
    assertEquals(List.of(), ids.notes());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CLI         | DL3047            | --ignore: DL3047 is a hadolint rule",
        "CLI         | UndefinedVar      | --ignore: UndefinedVar is a BuildKit check",
        "CLI         | no-build-and-image | --ignore: no-build-and-image is a dclint rule",
        "ENVIRONMENT | DL3047            | environment variable HADOLINT_IGNORE: DL3047 is a",
        "BERTH       | DL3047            | cfg:1:11: ignored[0]: DL3047 is a hadolint rule",
        "BERTH       | UndefinedVar      | cfg:1:11: ignored[0]: UndefinedVar is a BuildKit check",
        "HADOLINT    | DL3047            | cfg:1:11: ignored[0]: DL3047 is a hadolint rule",
        "DCLINT      | order-services    | cfg:1:12: rules: order-services is a dclint rule",
      })
  void anotherToolsIdIsKeptWithANote(Place place, String written, String note)
      throws ConfigException {
    ConfigRuleIds ids = new ConfigRuleIds(TestRules.ALL);
    assertEquals(Set.of(written), ignored(place, written, ids));
    assertEquals(1, ids.notes().size(), ids.notes().toString());
    String only = ids.notes().get(0);
    assertEquals(note, only.substring(0, Math.min(only.length(), note.length())), only);
    assertEquals(true, only.endsWith("that berth does not implement, so it has no effect here"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CLI         | DL3999  | --ignore: unknown rule 'DL3999'; did you mean 'DL3059'?",
        "CLI         | dl3008  | --ignore: unknown rule 'dl3008'; did you mean 'DL3008'?",
        "ENVIRONMENT | DL3080  | environment variable HADOLINT_IGNORE: unknown rule 'DL3080';"
            + " did you mean 'DL3008'?",
        "BERTH       | DL30008 | cfg:1:11: ignored[0]: unknown rule 'DL30008'; did you mean"
            + " 'DL3008'?",
        "HADOLINT    | DL3999  | cfg:1:11: ignored[0]: unknown rule 'DL3999'; did you mean"
            + " 'DL3059'?",
        "DCLINT      | no-versoin-field | cfg:1:12: rules: unknown rule 'no-versoin-field'; did"
            + " you mean 'no-version-field'?",
      })
  void anUnknownIdIsAnErrorWithASuggestion(Place place, String written, String message) {
    ConfigRuleIds ids = new ConfigRuleIds(TestRules.ALL);
    ConfigException e = assertThrows(ConfigException.class, () -> ignored(place, written, ids));
    assertEquals(message + " ('berth rules' lists them all)", e.getMessage());
  }
}
