package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.ModelInvariants;
import dev.berth.dockerfile.print.BuildkitDump;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marking the escape character changes no other character of the file. */
class EscapeMarkerTest {
  private static final String ODD = "\u0001\u0002\u0003\uFDD0\uFDD1\uFDD2\uFDD3\uFDEF";

  @Test
  void everyCharacterOtherThanTheEscapeComesBackAsItWas() {
    int[] cps = ("a\\b`c" + ODD).codePoints().toArray();
    for (int escape : new int[] {'\\', '`'}) {
      int[] marked = EscapeMarker.mark(cps, escape);
      for (int i = 0; i < cps.length; i++) {
        if (cps[i] != escape) {
          assertEquals(cps[i], EscapeMarker.unmark(marked[i], escape), "index " + i);
        }
      }
    }
  }

  /**
   * Found by fuzzing (DockerfileParserFuzzTest#structured): a literal control code 1-3 was
   * displaced to U+FDD1-U+FDD3, so the file's own U+FDD3 came back as control code 3 in a heredoc
   * body (and in words).
   */
  @Test
  void noncharactersAndControlCodesKeepTheirMeaningInWordsAndHeredocs() {
    String text = "FROM a\nRUN echo " + ODD + "\nCOPY <<EOF /x\n" + ODD + "\nEOF\n";
    Dockerfile df = DockerfileParsing.parse(SourceText.of("Dockerfile", text));
    assertEquals(List.of(), ModelInvariants.check(df));
    assertEquals(
        "(from \"a\")\n"
            + "(run \"echo \\x01\\x02\\x03\\ufdd0\\ufdd1\\ufdd2\\ufdd3\\ufdef\")\n"
            + "(copy \"<<EOF\" \"/x\")\n",
        BuildkitDump.dump(df));
    Copy copy = (Copy) df.instructions().get(2);
    assertEquals(ODD + "\n", copy.heredocs().get(0).content());
  }

  /**
   * Found by fuzzing (LintPipelineFuzzTest#dockerfile): a control code 1 was displaced to a high
   * surrogate, which paired with the escaped invalid byte after it into one Java character, so
   * every later position was one too far and ConsistentInstructionCasing's fix hit the wrong bytes.
   */
  @Test
  void aControlCodeBeforeAnInvalidByteMovesNoPosition() {
    byte[] bytes = "FROM a\n# x\u0001?y\nrun echo hi\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - "?y\nrun echo hi\n".length()] = (byte) 0x9F;
    Dockerfile df = DockerfileParsing.parse(SourceText.of("Dockerfile", bytes));
    assertEquals(List.of(), ModelInvariants.check(df));
    Instruction run = df.instructions().get(1);
    Span keyword = run.keyword().span();
    assertEquals(
        "run", new String(bytes, keyword.start(), keyword.length(), StandardCharsets.UTF_8));
  }
}
