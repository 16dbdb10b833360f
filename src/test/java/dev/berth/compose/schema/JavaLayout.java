package dev.berth.compose.schema;

/**
 * Java source without its layout: whitespace outside literals and comments removed, and adjacent
 * string literals joined ({@code "ab" + "c"} becomes {@code "abc"}), so that a generated file and
 * the same file after google-java-format compare equal.
 */
final class JavaLayout {
  private JavaLayout() {}

  static String normalise(String source) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '"') {
        int end = literalEnd(source, i);
        String literal = source.substring(i, end);
        // "a"+"b" -> "ab": drop the closing quote of the previous literal and this opening one.
        if (out.length() >= 2 && out.charAt(out.length() - 1) == '+' && endsWithLiteral(out)) {
          out.setLength(out.length() - 2);
          out.append(literal, 1, literal.length());
        } else {
          out.append(literal);
        }
        i = end;
      } else if (c == '\'') {
        int end = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2) + 1;
        out.append(source, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        end = end < 0 ? n : end;
        out.append(source.substring(i, end).replaceAll("\\s+", " ")).append('\n');
        i = end;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i) + 2;
        out.append(source.substring(i, end).replaceAll("[\\s*]+", " "));
        i = end;
      } else {
        if (!Character.isWhitespace(c)) {
          out.append(c);
        }
        i++;
      }
    }
    return out.toString();
  }

  /** Whether the text before a trailing {@code +} is a string literal. */
  private static boolean endsWithLiteral(StringBuilder out) {
    return out.length() >= 3 && out.charAt(out.length() - 2) == '"' && !escaped(out);
  }

  private static boolean escaped(StringBuilder out) {
    int backslashes = 0;
    for (int k = out.length() - 3; k >= 0 && out.charAt(k) == '\\'; k--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static int literalEnd(String source, int start) {
    if (source.startsWith("\"\"\"", start)) {
      return source.indexOf("\"\"\"", start + 3) + 3;
    }
    int i = start + 1;
    while (source.charAt(i) != '"') {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
