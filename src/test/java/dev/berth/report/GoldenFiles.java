package dev.berth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under {@code src/test/resources/report}; with {@code
 * -Dberth.update=true} it rewrites the file instead.
 */
final class GoldenFiles {
  static final Path DIR = Path.of("src", "test", "resources", "report");

  private GoldenFiles() {}

  static void check(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("berth.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected =
        Files.exists(file)
            ? Files.readString(file, StandardCharsets.UTF_8)
            : "(missing " + file + "; run the test with -Dberth.update=true to create it)";
    assertEquals(expected, actual, "output differs from " + file);
  }
}
