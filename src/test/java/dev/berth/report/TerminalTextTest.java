package dev.berth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void wideTableIsSortedPairsSoBinarySearchWorks() {
    int[] t = TerminalText.WIDE;
    assertEquals(0, t.length % 2);
    for (int i = 0; i < t.length; i += 2) {
      assertTrue(t[i] <= t[i + 1], "range " + Integer.toHexString(t[i]));
      if (i > 0) {
        assertTrue(t[i - 1] < t[i], "overlap at " + Integer.toHexString(t[i]));
      }
    }
  }

  @Test
  void widths() {
    assertEquals(1, TerminalText.width('a'));
    assertEquals(1, TerminalText.width('\u00e9'));
    assertEquals(1, TerminalText.width('\u2192'));
    assertEquals(0, TerminalText.width('\u0301'));
    assertEquals(0, TerminalText.width('\u200b'));
    assertEquals(2, TerminalText.width('\u4e16'));
    assertEquals(2, TerminalText.width('\uac00'));
    assertEquals(2, TerminalText.width('\uff21'));
    assertEquals(2, TerminalText.width(0x1F433));
    assertEquals(2, TerminalText.width(0x20000));
    assertEquals(1, TerminalText.width(0x1F321));
  }

  @Test
  void tabsReachTheNextStop() {
    assertEquals(4, TerminalText.cell('\t', 0, 4).width());
    assertEquals(1, TerminalText.cell('\t', 3, 4).width());
    assertEquals(4, TerminalText.cell('\t', 4, 4).width());
  }

  @Test
  void oneLineMakesControlsVisible() {
    assertEquals(
        "a b c d \u241b[0m \u2400 \u2421 <U+0085> <U+202E> \\xff",
        TerminalText.oneLine("a\nb\r\nc\td \u001b[0m \u0000 \u007f \u0085 \u202e \uDCFF"));
  }
}
