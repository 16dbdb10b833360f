package dev.berth.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.api.RuleCatalog;
import dev.berth.core.SourceText;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A compose file without a {@code #}, or without the word {@code berth} or {@code dclint}, has no
 * suppressions and no pragma problems: not scanned.
 */
class ComposeCommentsFastPathTest {
  private static final RuleCatalog CATALOG = RuleCatalog.ofRules(BuiltinRules.all());

  private static void assertSameAsScan(byte[] bytes) {
    SourceText source = SourceText.of("compose.yaml", bytes);
    Suppressions read = ComposeComments.read(source, CATALOG, SuppressionOptions.DEFAULTS);
    Suppressions scan = ComposeComments.scan(source, CATALOG, SuppressionOptions.DEFAULTS);
    assertEquals(scan.suppressions(), read.suppressions());
    assertEquals(scan.problems(), read.problems());
  }

  @Test
  void filesWithoutAHashOrAPragmaWordReadAsTheScanReadsThem() {
    String[] pieces = {
      "services:", "\n", "\r\n", "\r", " ", "\t", "web:", "image: x", "berth ignore=DL3008",
      "dclint disable", "'", "\"", "|", ">", "- a", "\u00e9", "\uFEFF", "ignore-file=x"
    };
    String[] withComments = {
      "# ",
      "#",
      " # ",
      "berth",
      "dclint",
      "berth ignore=no-privileged",
      "dclint disable-line",
      "berth global ignore=x",
      "dclint disable-file",
      "berth stage",
      "dclin",
      "bert"
    };
    Random random = new Random(14);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameAsScan(b.toString().getBytes(StandardCharsets.UTF_8));
      for (int k = 0; k < n; k++) {
        b.append(
            random.nextBoolean()
                ? pieces[random.nextInt(pieces.length)]
                : withComments[random.nextInt(withComments.length)]);
      }
      assertSameAsScan(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    assertSameAsScan(new byte[] {(byte) 0xff, (byte) 0xc3, 'a', '\n'});
    assertSameAsScan("a: 1 # dclint disable-line\n".getBytes(StandardCharsets.UTF_8));
    assertSameAsScan("# berth ignore=no-privileged\na: 1\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void corpusFilesReadAsTheScanReadsThem() throws IOException {
    List<Path> files = SharedData.composeFiles();
    assertTrue(files.size() > 100);
    for (Path p : files) {
      assertSameAsScan(Files.readAllBytes(p));
    }
  }
}
