package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.engine.FileType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture under {@code src/test/resources/fixtures}: its findings are exactly its markers. */
class RuleFixturesTest {
  static final Path ROOT = Path.of("src/test/resources/fixtures");

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().contains(".fixed."))
          .sorted()
          .toList();
    }
  }

  static Stream<Path> fixtureNames() throws IOException {
    return fixtures().stream().map(ROOT::relativize);
  }

  static FileType typeOf(Path relative) {
    return relative.startsWith("compose") ? FileType.COMPOSE : FileType.DOCKERFILE;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureNames")
  void fixture(Path relative) throws IOException {
    Fixture f = Fixture.parse(relative.toString().replace('\\', '/'), Files.readAllBytes(ROOT.resolve(relative)));
    assertTrue(!f.expectations().isEmpty() || f.header().containsKey("clean"),
        relative + " has no '# expect:' marker (mark a file meant to be clean with '# berth-test: clean=yes')");
    FixtureRunner.Outcome o = FixtureRunner.run(f, typeOf(relative));
    assertTrue(o.passed(), () -> FixtureRunner.annotated(f, o));
  }
}
