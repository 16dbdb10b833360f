package dev.berth.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {
  private static final List<String> SERVICE_KEYS =
      List.of(
          "environment",
          "env_file",
          "entrypoint",
          "image",
          "init",
          "ports",
          "expose",
          "restart",
          "read_only",
          "user");

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
    assertEquals(distance, Spelling.distance(a, b));
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
    assertEquals(Optional.ofNullable(expected), Spelling.closest(typed, keys));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "<none>",
      value = {
        "enviroment, environment",
        "Environment, environment",
        "enviornment, environment",
        "imgae, image",
        "prots, ports",
        "restrat, restart",
        "port, ports",
        "usr, user",
        "readonly, read_only",
        "volumes, <none>",
        "x, <none>",
        "ini, init",
        "abc, <none>",
      })
  void withinTwoEdits(String name, String expected) {
    int limit = name.length() <= 3 ? 1 : 2;
    assertEquals(Optional.ofNullable(expected), Spelling.closest(name, SERVICE_KEYS, limit));
  }

  @ParameterizedTest
  @CsvSource({"DL3008,dl3008", "DL3008,DL3080", "untrusted-registry,untrusted-registyr"})
  void theNearestOfEqualDistancesIsTheFirstAlphabetically(String expected, String typed) {
    assertEquals(
        Optional.of(expected),
        Spelling.closest(typed, List.of("untrusted-registry", "DL3009", "DL3008")));
  }
}
