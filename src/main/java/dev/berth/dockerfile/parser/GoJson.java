package dev.berth.dockerfile.parser;

import dev.berth.core.GoText;
import dev.berth.core.Utf8;

/**
 * Decides, as BuildKit does with Go's {@code encoding/json}, whether an instruction's arguments are
 * a JSON array, and decodes JSON strings. Iterative, so deep nesting cannot overflow the stack;
 * like Go, nesting deeper than 10,000 is not valid JSON.
 */
final class GoJson {
  private GoJson() {}

  /** What the argument text is. */
  enum Kind {
    /** Not a JSON array: the instruction uses shell form. */
    NOT_ARRAY,
    /** A JSON array whose elements are all strings, numbers, booleans or null. */
    FLAT_ARRAY,
    /** A JSON array with an array or object element (BuildKit rejects it). */
    NESTED_ARRAY
  }

  private static final int MAX_DEPTH = 10_000;

  /**
   * Classifies {@code text}, which BuildKit trims of Unicode whitespace before it tries JSON. The
   * array must be the whole text; JSON whitespace ({@code [ \t\r\n]}) may surround its tokens.
   */
  static Kind classify(String text) {
    String t = GoText.trimSpace(text);
    if (!t.startsWith("[")) {
      return Kind.NOT_ARRAY;
    }
    int[] result = new int[] {0};
    int end = value(t, 0, result);
    if (end < 0) {
      return Kind.NOT_ARRAY;
    }
    end = ws(t, end);
    if (end != t.length()) {
      return Kind.NOT_ARRAY;
    }
    return result[0] > 1 ? Kind.NESTED_ARRAY : Kind.FLAT_ARRAY;
  }

  private static int ws(String s, int i) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * Scans one JSON value from {@code i} (after whitespace); returns the index after it, or -1.
   * {@code maxDepth[0]} receives the deepest nesting of arrays and objects seen.
   */
  private static int value(String s, int i, int[] maxDepth) {
    // explicit stack of open containers: '[' or '{', with a state per level
    char[] stack = new char[64];
    int depth = 0;
    // state: 0 = expect value; 1 = after value in container
    i = ws(s, i);
    boolean expectValue = true;
    boolean expectKey = false;
    while (true) {
      i = ws(s, i);
      if (i >= s.length()) {
        return -1;
      }
      char c = s.charAt(i);
      if (expectKey) {
        if (c == '}') {
          return -1;
        }
        int e = string(s, i);
        if (e < 0) {
          return -1;
        }
        i = ws(s, e);
        if (i >= s.length() || s.charAt(i) != ':') {
          return -1;
        }
        i++;
        expectKey = false;
        expectValue = true;
        continue;
      }
      if (expectValue) {
        if (c == '[' || c == '{') {
          if (depth == MAX_DEPTH) {
            return -1;
          }
          if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
          }
          stack[depth++] = c;
          maxDepth[0] = Math.max(maxDepth[0], depth);
          i = ws(s, i + 1);
          if (i < s.length() && s.charAt(i) == (c == '[' ? ']' : '}')) {
            depth--;
            i++;
            if (depth == 0) {
              return i;
            }
            expectValue = false;
            continue;
          }
          if (c == '{') {
            expectKey = true;
            expectValue = false;
          }
          continue;
        }
        int e;
        if (c == '"') {
          e = string(s, i);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
          e = number(s, i);
        } else {
          e = literal(s, i);
        }
        if (e < 0) {
          return -1;
        }
        i = e;
        if (depth == 0) {
          return i;
        }
        expectValue = false;
        continue;
      }
      // after a value inside a container
      char open = stack[depth - 1];
      if (c == ',') {
        i++;
        if (open == '{') {
          expectKey = true;
        } else {
          expectValue = true;
        }
        continue;
      }
      if (c == (open == '[' ? ']' : '}')) {
        depth--;
        i++;
        if (depth == 0) {
          return i;
        }
        continue;
      }
      return -1;
    }
  }

  private static int literal(String s, int i) {
    for (String lit : new String[] {"true", "false", "null"}) {
      if (s.startsWith(lit, i)) {
        return i + lit.length();
      }
    }
    return -1;
  }

  private static boolean digit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static int number(String s, int i) {
    if (s.charAt(i) == '-') {
      i++;
    }
    if (!digit(s, i)) {
      return -1;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else {
      while (digit(s, i)) {
        i++;
      }
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      if (!digit(s, i)) {
        return -1;
      }
      while (digit(s, i)) {
        i++;
      }
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (!digit(s, i)) {
        return -1;
      }
      while (digit(s, i)) {
        i++;
      }
    }
    return i;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Index after the JSON string starting at {@code i}, or -1 when it is not a valid one. */
  static int string(String s, int i) {
    if (i >= s.length() || s.charAt(i) != '"') {
      return -1;
    }
    i++;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c < 0x20) {
        return -1;
      }
      if (c == '\\') {
        if (i + 1 >= s.length()) {
          return -1;
        }
        char e = s.charAt(i + 1);
        if (e == 'u') {
          if (i + 6 > s.length()) {
            return -1;
          }
          for (int k = i + 2; k < i + 6; k++) {
            if (!hex(s.charAt(k))) {
              return -1;
            }
          }
          i += 6;
          continue;
        }
        if ("\"\\/bfnrt".indexOf(e) < 0) {
          return -1;
        }
        i += 2;
        continue;
      }
      i++;
    }
    return -1;
  }

  /** Decodes a valid JSON string literal (quotes included) as Go does. */
  static String decodeString(String literal) {
    StringBuilder sb = new StringBuilder(literal.length());
    int i = 1;
    int end = literal.length() - 1;
    while (i < end) {
      char c = literal.charAt(i);
      if (c != '\\') {
        if (Utf8.isEscapedByte(c)) {
          sb.append('\uFFFD');
        } else if (Character.isHighSurrogate(c)
            && i + 1 < end
            && Character.isLowSurrogate(literal.charAt(i + 1))) {
          sb.append(c).append(literal.charAt(i + 1));
          i++;
        } else if (Character.isSurrogate(c)) {
          sb.append('\uFFFD');
        } else {
          sb.append(c);
        }
        i++;
        continue;
      }
      char e = literal.charAt(i + 1);
      switch (e) {
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          int cp = Integer.parseInt(literal.substring(i + 2, i + 6), 16);
          i += 6;
          if (Character.isHighSurrogate((char) cp)
              && i + 6 <= end
              && literal.charAt(i) == '\\'
              && literal.charAt(i + 1) == 'u') {
            int lo = Integer.parseInt(literal.substring(i + 2, i + 6), 16);
            if (Character.isLowSurrogate((char) lo)) {
              sb.appendCodePoint(Character.toCodePoint((char) cp, (char) lo));
              i += 6;
              continue;
            }
          }
          sb.append(Character.isSurrogate((char) cp) ? '\uFFFD' : (char) cp);
          continue;
        default:
          sb.append(e);
          break;
      }
      i += 2;
    }
    return sb.toString();
  }
}
