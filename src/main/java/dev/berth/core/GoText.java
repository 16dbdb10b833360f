package dev.berth.core;

/**
 * String functions with the exact semantics of the Go standard library functions that BuildKit's
 * Dockerfile parser uses ({@code unicode.IsSpace}, {@code strings.TrimSpace}, {@code
 * strings.ToLower}, {@code strconv.Quote}). Text here is berth's decoded text, in which bytes that
 * are not valid UTF-8 are escaped (see {@link Utf8}); Go sees those as {@code utf8.RuneError}.
 */
public final class GoText {
  private GoText() {}

  /** Go's {@code unicode.IsSpace}: the Unicode White_Space property. */
  public static boolean isSpace(int c) {
    if (c <= 0xFF) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
    return c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /** The whitespace of BuildKit's {@code reWhitespace}: {@code [\t\v\f\r ]}. */
  public static boolean isAsciiBlank(int c) {
    return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Go's {@code strings.TrimSpace}. */
  public static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end) {
      int c = s.codePointAt(start);
      if (!isSpace(c)) {
        break;
      }
      start += Character.charCount(c);
    }
    while (end > start) {
      int c = s.codePointBefore(end);
      if (!isSpace(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return s.substring(start, end);
  }

  /** Go's {@code strings.TrimLeftFunc(s, unicode.IsSpace)}. */
  public static String trimLeftSpace(String s) {
    int start = 0;
    while (start < s.length()) {
      int c = s.codePointAt(start);
      if (!isSpace(c)) {
        break;
      }
      start += Character.charCount(c);
    }
    return s.substring(start);
  }

  /** Go's {@code strings.ToLower}: per-rune lower-casing, invalid bytes become U+FFFD. */
  public static String toLower(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s.toLowerCase(java.util.Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> sb.appendCodePoint(Utf8.isEscapedByte(cp) ? 0xFFFD : Character.toLowerCase(cp)));
    return sb.toString();
  }

  /** Go's {@code strconv.Quote}, with escaped invalid bytes printed as {@code \xHH}. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append('"');
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Utf8.isEscapedByte(c)) {
        appendHex(sb, "\\x", Utf8.escapedByte(c), 2);
        continue;
      }
      switch (c) {
        case '"':
          sb.append("\\\"");
          continue;
        case '\\':
          sb.append("\\\\");
          continue;
        case 0x07:
          sb.append("\\a");
          continue;
        case '\b':
          sb.append("\\b");
          continue;
        case '\f':
          sb.append("\\f");
          continue;
        case '\n':
          sb.append("\\n");
          continue;
        case '\r':
          sb.append("\\r");
          continue;
        case '\t':
          sb.append("\\t");
          continue;
        case 0x0B:
          sb.append("\\v");
          continue;
        default:
          break;
      }
      if (isPrint(c)) {
        sb.appendCodePoint(c);
      } else if (c < 0x20 || c == 0x7F) {
        appendHex(sb, "\\x", c, 2);
      } else if (c < 0x10000) {
        appendHex(sb, "\\u", c, 4);
      } else {
        appendHex(sb, "\\U", c, 8);
      }
    }
    sb.append('"');
    return sb.toString();
  }

  private static void appendHex(StringBuilder sb, String prefix, int value, int digits) {
    sb.append(prefix);
    String hex = Integer.toHexString(value);
    for (int i = hex.length(); i < digits; i++) {
      sb.append('0');
    }
    sb.append(hex);
  }

  /**
   * Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII
   * space.
   */
  public static boolean isPrint(int c) {
    if (c < 0x80) {
      return c >= 0x20 && c < 0x7F;
    }
    if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
