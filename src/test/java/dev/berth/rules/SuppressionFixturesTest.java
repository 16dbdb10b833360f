package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.engine.FileType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suppression syntaxes, one parameterised test per family, each over the fixtures in {@code
 * src/test/resources/suppressions/dockerfile/FAMILY}. A fixture's findings must be exactly its
 * {@code # expect:} markers, so a suppressed finding is proven by the absence of a marker. The
 * probe rules of {@link ProbeRules} are available besides the built-in ones.
 */
class SuppressionFixturesTest {
  static final Path ROOT = Path.of("src/test/resources/suppressions/dockerfile");

  static Stream<Path> files(String family) throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve(family))) {
      return s.filter(Files::isRegularFile).sorted().map(ROOT::relativize).toList().stream();
    }
  }

  static Stream<Path> hadolint() throws IOException {
    return files("hadolint");
  }

  static Stream<Path> berth() throws IOException {
    return files("berth");
  }

  static Stream<Path> buildkit() throws IOException {
    return files("buildkit");
  }

  static Stream<Path> dockerfileUtils() throws IOException {
    return files("dockerfile-utils");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hadolint")
  void hadolintPragmas(Path relative) throws IOException {
    check(relative);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("berth")
  void berthPragmas(Path relative) throws IOException {
    check(relative);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("buildkit")
  void buildkitChecks(Path relative) throws IOException {
    check(relative);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dockerfileUtils")
  void dockerfileUtilsIgnore(Path relative) throws IOException {
    check(relative);
  }

  private static void check(Path relative) throws IOException {
    Fixture f =
        Fixture.parse(
            relative.toString().replace('\\', '/'), Files.readAllBytes(ROOT.resolve(relative)));
    assertTrue(
        f.header().containsKey("rules"),
        relative + ": a suppression fixture names its rules in '# berth-test: rules=...'");
    assertFalse(
        f.expectations().isEmpty() && !f.header().containsKey("clean"),
        relative + " has no '# expect:' marker");
    FixtureRunner.Outcome o = FixtureRunner.run(f, FileType.DOCKERFILE, ProbeRules.all());
    assertTrue(o.passed(), () -> FixtureRunner.annotated(f, o));
  }
}
