package dev.berth.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.core.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a line-based reading of YAML finds comments. */
class YamlLinesTest {
  private static List<String> kinds(String text) {
    List<String> out =
        YamlLines.scan(SourceText.of("compose.yaml", text)).stream()
            .map(l -> l.kind() + (l.commentStart() >= 0 ? "#" + l.commentStart() : ""))
            .toList();
    // the empty line after the final line break
    return out.subList(0, out.size() - 1);
  }

  @Test
  void commentsNeedABlankBefore() {
    assertEquals(
        List.of("CONTENT#6", "CONTENT", "COMMENT#2"), kinds("a: b  # c\nurl: a#b\n  # c\n"));
  }

  @Test
  void quotedScalarsHideHashes() {
    assertEquals(
        List.of("CONTENT#15", "CONTENT#13", "CONTENT#12", "CONTENT"),
        kinds("a: \"x # y\\\" #\" # c\nb: 'it''s #' # c\nc: [\"#\", a] # c\nd: it's\n"));
  }

  @Test
  void plainScalarWithApostropheStillHasComments() {
    assertEquals(List.of("CONTENT#8"), kinds("d: it's # c\n"));
  }

  @Test
  void blockScalarsHoldNoComments() {
    assertEquals(
        List.of("CONTENT", "SCALAR", "SCALAR", "SCALAR", "CONTENT#5", "CONTENT"),
        kinds("run: |\n  # not a comment\n\n  echo\nx: 1 # c\ny: >-\n"));
    assertEquals(
        List.of("CONTENT", "CONTENT", "SCALAR", "CONTENT#11"),
        kinds("s:\n  - cmd: |\n      # text\n    img: x # c\n"));
    assertEquals(
        List.of("CONTENT", "CONTENT", "SCALAR", "CONTENT"),
        kinds("s:\n  - |\n    # text\n  - x\n"));
  }

  @Test
  void multiLineQuotedScalars() {
    assertEquals(
        List.of("CONTENT", "SCALAR", "SCALAR#6", "CONTENT#5"),
        kinds("a: \"one\n # two\n end\" # c\nb: 1 # c\n"));
  }

  @Test
  void markers() {
    assertEquals(
        List.of("MARKER", "COMMENT#0", "CONTENT", "MARKER#4"),
        kinds("---\n# c\na: 1\n... # end\n"));
  }
}
