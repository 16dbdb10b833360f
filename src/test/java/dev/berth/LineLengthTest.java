package dev.berth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No line of Java source is longer than 100 columns. google-java-format (checked by Spotless in
 * {@code verify}) wraps code at 100 but leaves long string literals, text blocks and comments as
 * they are; this catches those.
 */
class LineLengthTest {
  private static final int LIMIT = 100;

  @Test
  void noJavaLineIsLongerThan100Columns() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (String root : List.of("src/main/java", "src/test/java")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            int columns = lines.get(i).codePointCount(0, lines.get(i).length());
            if (columns > LIMIT) {
              tooLong.add(f + ":" + (i + 1) + ": " + columns + " columns");
            }
          }
        }
      }
    }
    assertEquals(List.of(), tooLong, "split these lines (long strings: \"...\" + \"...\")");
  }
}
