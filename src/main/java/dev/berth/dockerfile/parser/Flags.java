package dev.berth.dockerfile.parser;

/** Reads a builder flag word as BuildKit does: quotes removed, backslash escapes applied. */
final class Flags {
  private Flags() {}

  /** The flag's text with {@code '...'} and {@code "..."} quotes removed and escapes applied. */
  static String unquote(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    int quote = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
        continue;
      }
      if (quote != 0 && c == quote) {
        quote = 0;
        continue;
      }
      if (c == '\\') {
        if (i + 1 == word.length()) {
          continue;
        }
        c = word.charAt(++i);
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
