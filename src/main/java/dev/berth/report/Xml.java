package dev.berth.report;

import dev.berth.core.Utf8;

/** Escaping for the XML formats, which write their documents by hand. */
final class Xml {
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private Xml() {}

  /**
   * Text for an attribute value in double quotes. Line breaks and tabs become character references,
   * so that a parser gives them back instead of normalising them to spaces.
   */
  static String attr(String s) {
    return escape(s, true);
  }

  /** Text for element content. */
  static String text(String s) {
    return escape(s, false);
  }

  private static String escape(String raw, boolean attribute) {
    String s = Utf8.printable(raw);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        default -> {
          if (allowed(cp)) {
            sb.appendCodePoint(cp);
          } else {
            sb.append('\uFFFD');
          }
        }
      }
    }
    return sb.toString();
  }

  /** XML 1.0's {@code Char} production; a lone surrogate is not a character either. */
  static boolean allowed(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
