package dev.berth.compose.parser;

import dev.berth.compose.ComposeFixture;
import dev.berth.compose.model.ComposeFile;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader's findings on the fixtures of {@code compose/loading}, checked against their markers.
 */
class ComposeLoadingFixturesTest {
  static Stream<Named<Path>> fixtures() {
    return ComposeFixture.all("/compose/loading").map(p -> Named.of(p.getFileName().toString(), p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsMatchMarkers(Path path) {
    ComposeFixture fixture = ComposeFixture.read(path);
    ComposeFile file =
        ComposeLoading.load(
            fixture.source(), ComposeLoadOptions.defaults().withEnvironment(fixture.env()));
    fixture.check(file.problems());
  }
}
