package dev.berth.report;

import dev.berth.core.Utf8;

/**
 * How text from a file is shown on a terminal: one cell-measured piece per code point, with nothing
 * that a terminal would interpret. Control characters become visible pictures, so a hostile file
 * cannot send escape sequences through berth's output; bidirectional overrides are shown as {@code
 * <U+202E>}; bytes that are not UTF-8 as {@code \xHH}.
 */
final class TerminalText {
  /** Unicode blocks (and a few single code points) that terminals draw two cells wide. */
  static final int[] WIDE = {
    0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
    0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
    0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
    0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
    0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
    0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
    0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
    0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF,
    0xA960, 0xA97F, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F,
    0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4, 0x17000, 0x18CFF, 0x1B000, 0x1B2FF,
    0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F251,
    0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA,
    0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440,
    0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
    0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC,
    0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
    0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
    0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
  };

  private TerminalText() {}

  /** What one code point looks like on screen and how many cells it takes there. */
  record Cell(String shown, int width) {}

  /**
   * The cell of a code point that starts at screen column {@code x} (0-based, from the start of the
   * line's text): a tab reaches the next multiple of {@code tabWidth}.
   */
  static Cell cell(int cp, int x, int tabWidth) {
    if (cp == '\t') {
      int n = tabWidth - x % tabWidth;
      return new Cell(" ".repeat(n), n);
    }
    String shown = visible(cp);
    if (shown != null) {
      return new Cell(shown, shown.length());
    }
    return new Cell(new String(Character.toChars(cp)), width(cp));
  }

  /** Text for one line of output: line breaks and tabs become spaces, controls are made visible. */
  static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r' && i < s.length() && s.charAt(i) == '\n') {
        continue;
      }
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        sb.append(' ');
        continue;
      }
      String shown = visible(cp);
      if (shown != null) {
        sb.append(shown);
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** The stand-in for a code point a terminal must not receive as is, or null when it may. */
  private static String visible(int cp) {
    if (cp < 0x20) {
      return String.valueOf((char) (0x2400 + cp));
    }
    if (cp == 0x7F) {
      return "\u2421";
    }
    if ((cp >= 0x80 && cp <= 0x9F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)) {
      return String.format("<U+%04X>", cp);
    }
    if (Utf8.isEscapedByte(cp)) {
      return String.format("\\x%02x", Utf8.escapedByte(cp));
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return "\uFFFD";
    }
    return null;
  }

  /**
   * Cells a printable code point takes: 0 for combining marks and format characters, 2 for wide.
   */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (type == Character.FORMAT && cp != 0x00AD)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  private static boolean isWide(int cp) {
    if (cp < WIDE[0]) {
      return false;
    }
    int lo = 0;
    int hi = WIDE.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[2 * mid]) {
        hi = mid - 1;
      } else if (cp > WIDE[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
