package dev.berth.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every comment of a file is asked whether it is a pragma; one whose first word is not the pragma's
 * keyword is turned away before any pattern runs. The patterns agree: none of them reads a pragma
 * in a comment that does not start with its keyword.
 */
class PragmaFirstWordTest {
  private static final String[][] PARTS = {
    {"", "", " ", "\t", " \t", "x", "\u00a0", "#"},
    {"hadolint", "berth", "dclint", "Hadolint", "berthx", "hadolin", ""},
    {" ", " ", "\t", "", "  "},
    {"ignore", "global ignore", "stage ignore", "shell", "ignore-file", "disable", "disable-line"},
    {"=", "=", " = ", "", " "},
    {"DL3008", "DL3008,SC2086", "no-links", "bash", "", "DL3008 # why", "x y"},
    {"", "", " reason", " -- because", "#", ",", "\n"}
  };

  @Test
  void aCommentWhoseFirstWordIsNotTheKeywordIsNoPragma() {
    Random random = new Random(11);
    int pragmas = 0;
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder();
      for (String[] part : PARTS) {
        text.append(part[random.nextInt(part.length)]);
      }
      String t = text.toString();
      pragmas += check(t, "hadolint", PragmaSyntax::hadolint, PragmaSyntax::readHadolint);
      pragmas += check(t, "berth", PragmaSyntax::berth, PragmaSyntax::readBerth);
      pragmas += check(t, "dclint", PragmaSyntax::dclint, PragmaSyntax::readDclint);
    }
    assertTrue(pragmas > 1_000, "comments read as pragmas: " + pragmas);
  }

  /** 1 when the text reads as a pragma; checks the first-word test against the pattern. */
  private static int check(
      String text,
      String keyword,
      Function<String, Optional<PragmaSyntax.Pragma>> read,
      Function<String, Optional<PragmaSyntax.Pragma>> readWithoutFirstWord) {
    Optional<PragmaSyntax.Pragma> full = readWithoutFirstWord.apply(text);
    assertEquals(full, read.apply(text), text);
    if (full.isPresent()) {
      assertTrue(PragmaSyntax.startsWithWord(text, keyword), text);
    }
    return full.isPresent() ? 1 : 0;
  }
}
