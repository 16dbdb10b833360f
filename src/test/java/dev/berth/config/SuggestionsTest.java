package dev.berth.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
  @ParameterizedTest
  @CsvSource({
    "kitten,sitting,3",
    "DL3080,DL3008,1",
    "ab,ba,1",
    "'',abc,3",
    "same,same,0",
    "ca,abc,3"
  })
  void distanceCountsASwapAsOneEdit(String a, String b, int distance) {
    assertEquals(distance, Suggestions.distance(a, b));
  }

  @ParameterizedTest
  @CsvSource({
    "ignore,ignored",
    "IGNORED,ignored",
    "trustedRegistry,trustedRegistries",
    "lable-schema,label-schema",
    "zzz,"
  })
  void closestKey(String typed, String expected) {
    List<String> keys = List.of("ignored", "trustedRegistries", "label-schema", "override");
    assertEquals(Optional.ofNullable(expected), Suggestions.closest(typed, keys));
  }

  @ParameterizedTest
  @CsvSource({
    ".berth.yaml,BERTH",
    "ci/lint.yml,BERTH",
    ".hadolint.yaml,HADOLINT",
    "/etc/hadolint.yml,HADOLINT",
    ".dclintrc,DCLINT",
    "cfg/.dclintrc.json,DCLINT"
  })
  void dialectOfAConfigFileOption(String file, ConfigDialect dialect) {
    assertEquals(dialect, ConfigDialect.ofFile(Path.of(file)));
  }
}
