package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {
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
  void suggestsTheClosestName(String name, String expected) {
    assertEquals(Optional.ofNullable(expected), DidYouMean.closest(name, SERVICE_KEYS));
  }
}
