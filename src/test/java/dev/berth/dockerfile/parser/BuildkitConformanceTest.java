package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.print.BuildkitDump;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BuildKit's own parser test files: every positive case dumps byte for byte, every negative fails.
 */
class BuildkitConformanceTest {
  private static final String BASE = "conformance/buildkit-parser";

  static Stream<String> positive() throws IOException {
    return cases("positive");
  }

  static Stream<String> negative() throws IOException {
    return cases("negative");
  }

  private static Stream<String> cases(String kind) throws IOException {
    Path dir = SharedData.require(BASE + "/" + kind);
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static Dockerfile parse(Path file) throws IOException {
    return DockerfileParsing.parse(SourceText.of(file.toString(), Files.readAllBytes(file)));
  }

  static List<Problem> errors(Dockerfile df) {
    return df.problems().stream().filter(p -> p.level() == Level.ERROR).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positive")
  void positiveCaseDumpsExactly(String name) throws IOException {
    Path dir = SharedData.require(BASE + "/positive/" + name);
    Dockerfile df = parse(dir.resolve("Dockerfile"));
    assertEquals(List.of(), errors(df), "no errors expected");
    String expected = Files.readString(dir.resolve("result"), StandardCharsets.UTF_8);
    assertEquals(expected, BuildkitDump.dump(df));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negative")
  void negativeCaseIsRejected(String name) throws IOException {
    Path dir = SharedData.require(BASE + "/negative/" + name);
    Dockerfile df = parse(dir.resolve("Dockerfile"));
    assertFalse(errors(df).isEmpty(), "expected a parse error, got none");
    assertTrue(errors(df).stream().allMatch(p -> !p.message().isBlank()));
  }
}
