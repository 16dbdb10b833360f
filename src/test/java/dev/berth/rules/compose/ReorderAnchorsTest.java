package dev.berth.rules.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.RandomTexts;
import dev.berth.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reorder fix's anchor check, written out and skipped when no chunk has a {@code &}, answers as
 * the regex it replaced did.
 */
class ReorderAnchorsTest {
  private static final Pattern ANCHOR_OR_ALIAS =
      Pattern.compile("(?:^|[\\s,\\[{])([&*])([A-Za-z0-9_][^\\s,\\[\\]{}]*)", Pattern.MULTILINE);

  /** The check as it was written with a regex, before the scan was written out. */
  private static boolean reference(List<String> chunks) {
    Set<String> anchors = new HashSet<>();
    Set<String> aliases = new HashSet<>();
    for (String chunk : chunks) {
      Matcher m = ANCHOR_OR_ALIAS.matcher(Reorder.code(chunk));
      while (m.find()) {
        if (m.group(1).equals("*")) {
          aliases.add(m.group(2));
        } else if (!anchors.add(m.group(2))) {
          return false;
        }
      }
    }
    anchors.retainAll(aliases);
    return anchors.isEmpty();
  }

  private static void assertSameAsScan(List<String> chunks) {
    boolean expected = reference(chunks);
    assertEquals(expected, Reorder.anchorsStayScanned(chunks), "scan: " + chunks);
    assertEquals(expected, Reorder.anchorsStay(chunks), "shortcut: " + chunks);
  }

  @Test
  void chunksAnswerAsTheScanAnswers() {
    String[] pieces = {
      "a: ", "&x ", "*x", "&y {}", "*y", "\n", "# &x\n", " #", "[", ",", "b: 1\n", "- ", "x", "&",
      "*", "]", "}", "{", "\t", "\r", "\f", "\u000B", "\u0085", "\u2028", "\u2029", "_", "0", "&&",
      "\u00e9", ":"
    };
    Random random = new Random(14);
    for (int i = 0; i < 3_000; i++) {
      List<String> chunks = new ArrayList<>();
      for (int c = 0; c < 1 + random.nextInt(3); c++) {
        chunks.add(RandomTexts.of(random, pieces, 8));
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
