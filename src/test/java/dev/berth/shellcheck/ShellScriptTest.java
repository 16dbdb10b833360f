package dev.berth.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ShellCheck positions (lines, code-point columns) lead back to the file bytes they came from. */
class ShellScriptTest {
  /** Maps {@code s} as if its char i were the byte {@code base + i} of a file. */
  private static ShellScript.Builder identity(ShellScript.Builder b, String s, int base) {
    return b.mapped(s, i -> new Span(base + i, base + i + 1));
  }

  @Test
  void positionsPastTheWrittenHeaderMapToFileBytes() {
    ShellScript s =
        identity(ShellScript.builder().synthetic("#!/bin/sh\nexport A=1\n"), "echo $x\n", 100)
            .build();
    assertEquals("#!/bin/sh\nexport A=1\necho $x\n", s.text());
    assertEquals(Optional.of(new Span(105, 107)), s.span(3, 6, 3, 8));
    assertEquals(Optional.of(Span.empty(105)), s.span(3, 6, 3, 6));
  }

  @Test
  void rangesInTheHeaderAreDropped() {
    ShellScript s =
        identity(ShellScript.builder().synthetic("#!/bin/sh\nexport a=1\n"), "true\n", 0).build();
    assertEquals(Optional.empty(), s.span(2, 8, 2, 11));
    assertEquals(Optional.empty(), s.span(1, 1, 1, 1));
    assertFalse(s.isSynthetic());
    assertTrue(ShellScript.builder().synthetic("x").build().isSynthetic());
  }

  @Test
  void aRangeEndingInWrittenTextEndsAtTheLastFileChar() {
    ShellScript s =
        identity(ShellScript.builder().synthetic("#!/bin/sh\n"), "cat <<EOF\nbody", 10)
            .synthetic("\nEOF\n")
            .build();
    assertEquals(Optional.of(new Span(14, 24)), s.span(2, 5, 4, 1));
    // a point after every file char (an unterminated construct) sits at the end of the last one
    assertEquals(Optional.of(Span.empty(24)), s.span(4, 2, 4, 2));
    // lines and columns beyond the script are clamped
    assertEquals(Optional.of(Span.empty(24)), s.span(99, 1, 99, 5));
  }

  @Test
  void columnsCountCodePointsAndSpansCoverWholeCharacters() {
    // "é" is 2 bytes, the emoji 4 bytes and 2 chars: columns count each as one
    String text = "é😀 $x\n";
    int[] starts = {0, 2, 2, 6, 7, 8, 9};
    int[] ends = {2, 6, 6, 7, 8, 9, 10};
    ShellScript s =
        ShellScript.builder()
            .synthetic("#!/bin/sh\n")
            .mapped(text, i -> new Span(starts[i], ends[i]))
            .build();
    assertEquals(Optional.of(new Span(7, 9)), s.span(2, 4, 2, 6));
    assertEquals(Optional.of(new Span(2, 6)), s.span(2, 2, 2, 3));
  }

  @Test
  void carriageReturnsBeforeLineFeedsAreLeftOut() {
    ShellScript s = identity(ShellScript.builder(), "a\r\nb $x\r\n", 0).build();
    assertEquals("a\nb $x\n", s.text());
    assertEquals(Optional.of(new Span(5, 7)), s.span(2, 3, 2, 5));
  }

  @Test
  void tabsAreOneColumn() {
    ShellScript s = identity(ShellScript.builder(), "\t\techo $x\n", 0).build();
    assertEquals(Optional.of(new Span(7, 9)), s.span(1, 8, 1, 10));
  }
}
