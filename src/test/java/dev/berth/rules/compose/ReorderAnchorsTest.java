package dev.berth.rules.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reorder fix's anchor check, which skips the scan when no chunk has a {@code &}, answers as
 * the scan does.
 */
class ReorderAnchorsTest {
  private static void assertSameAsScan(List<String> chunks) {
    assertEquals(
        Reorder.anchorsStayScanned(chunks), Reorder.anchorsStay(chunks), chunks.toString());
  }

  @Test
  void chunksAnswerAsTheScanAnswers() {
    String[] pieces = {
      "a: ", "&x ", "*x", "&y {}", "*y", "\n", "# &x\n", " #", "[", ",", "b: 1\n", "- ", "x", "&"
    };
    Random random = new Random(14);
    for (int i = 0; i < 3_000; i++) {
      List<String> chunks = new ArrayList<>();
      for (int c = 0; c < 1 + random.nextInt(3); c++) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(8); k > 0; k--) {
          b.append(pieces[random.nextInt(pieces.length)]);
        }
        chunks.add(b.toString());
      }
      assertSameAsScan(chunks);
    }
    assertFalse(Reorder.anchorsStay(List.of("a: &x 1\n", "b: *x\n")));
    assertFalse(Reorder.anchorsStay(List.of("a: &x 1\n", "b: &x 2\n")));
    assertTrue(Reorder.anchorsStay(List.of("a: *x\n", "b: 2\n")));
  }

  @Test
  void corpusFilesAnswerAsTheScanAnswers() throws IOException {
    List<Path> files = SharedData.composeFiles();
    assertTrue(files.size() > 100);
    for (Path p : files) {
      String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      List<String> chunks = new ArrayList<>();
      StringBuilder chunk = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        if (!line.startsWith(" ") && chunk.length() > 0) {
          chunks.add(chunk.toString());
          chunk.setLength(0);
        }
        chunk.append(line).append('\n');
      }
      chunks.add(chunk.toString());
      assertSameAsScan(chunks);
    }
  }
}
