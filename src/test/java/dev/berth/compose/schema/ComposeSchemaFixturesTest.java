package dev.berth.compose.schema;

import dev.berth.SharedData;
import dev.berth.compose.ComposeFixture;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loading plus validation with the upstream Compose schema, read from ../shared at test time (the
 * tests skip without it), on the fixtures of {@code compose/schema}.
 */
class ComposeSchemaFixturesTest {
  private static ComposeSchema upstream;

  static synchronized ComposeSchema upstream() throws IOException {
    if (upstream == null) {
      Path file = SharedData.require("reference/compose-spec-latest.json");
      upstream = ComposeSchema.fromJson("compose-spec-latest", Files.readString(file));
    }
    return upstream;
  }

  static Stream<Named<Path>> fixtures() {
    return ComposeFixture.all("/compose/schema").map(p -> Named.of(p.getFileName().toString(), p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsMatchMarkers(Path path) throws IOException {
    ComposeSchema schema = upstream();
    ComposeFixture fixture = ComposeFixture.read(path);
    ComposeFile loaded =
        ComposeLoading.load(
            fixture.source(), ComposeLoadOptions.defaults().withEnvironment(fixture.env()));
    fixture.check(ComposeSchemaValidation.validate(loaded, schema).problems());
  }
}
