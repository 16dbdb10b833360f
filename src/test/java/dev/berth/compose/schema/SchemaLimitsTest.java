package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Validation of huge lists stays linear (everit's own uniqueItems check is quadratic). */
class SchemaLimitsTest {
  @Test
  void aHundredThousandItemListValidatesInSeconds() throws IOException {
    ComposeSchema schema = ComposeSchemaFixturesTest.upstream();
    StringBuilder sb = new StringBuilder("services:\n  web:\n    image: x\n    ports:\n");
    for (int i = 0; i < 100_000; i++) {
      sb.append("      - \"").append(i).append(":80\"\n");
    }
    sb.append("    security_opt:\n");
    for (int i = 0; i < 100_000; i++) {
      sb.append("      - label:").append(i % 50_000).append('\n');
    }
    ComposeFile loaded =
        ComposeLoading.load(
            SourceText.of("compose.yaml", sb.toString()), ComposeLoadOptions.defaults());
    ComposeFile validated =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> ComposeSchemaValidation.validate(loaded, schema));
    assertEquals(50_000, validated.problems().size());
  }
}
