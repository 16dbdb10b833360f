package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code CompiledComposeSchema} is what {@link ComposeSchemaCompiler} makes of
 * today's {@code compose-schema.json}. With {@code -Dberth.update=true} the test rewrites it; run
 * {@code mvn spotless:apply} after. The comparison ignores layout (google-java-format's line
 * breaks, and how long strings are split into concatenations), not content.
 */
class CompiledComposeSchemaTest {
  static String schemaJson() throws IOException {
    try (InputStream in = ComposeSchema.class.getResourceAsStream(ComposeSchema.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void committedSourceIsUpToDate() throws IOException {
    String generated = ComposeSchemaCompiler.compile(schemaJson());
    Path file = Path.of(ComposeSchemaCompiler.SOURCE_FILE);
    if (Boolean.getBoolean("berth.update")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(file), file + " is missing");
    String committed = Files.readString(file, StandardCharsets.UTF_8);
    String expected = JavaLayout.normalise(generated);
    String actual = JavaLayout.normalise(committed);
    int at = 0;
    while (at < expected.length()
        && at < actual.length()
        && expected.charAt(at) == actual.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 80);
    assertEquals(
        expected.substring(from, Math.min(expected.length(), at + 80)),
        actual.substring(from, Math.min(actual.length(), at + 80)),
        file
            + " is stale: compose-schema.json (or the compiler) changed; run 'mvn -o -q test"
            + " -Dtest=CompiledComposeSchemaTest -Dberth.update=true' and 'mvn -o spotless:apply'");
    assertEquals(expected.length(), actual.length(), file + " is stale");
  }
}
