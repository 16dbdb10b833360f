package dev.berth.compose.parser;

import dev.berth.compose.model.ScalarStyle;
import java.util.Arrays;
import java.util.Optional;

/**
 * Maps each char of a scalar's value back to the text that wrote it, so that a finding about part
 * of a value (one {@code ${...}} among others) lands on its exact column.
 *
 * <p>The map is built by decoding the scalar's source text again, style by style: line folding of
 * plain and quoted scalars, {@code ''} in single quotes, escapes and escaped line breaks in double
 * quotes, indentation and folding of literal and folded block scalars. The result must equal the
 * value the YAML parser produced; when it does not (an explicit indentation indicator, an unusual
 * combination of folding rules), there is no map and callers fall back to the scalar's span.
 */
final class ScalarSourceMap {
  /** For each char of the value, the first and the after-last char of the source that wrote it. */
  private final int[] starts;

  private final int[] ends;
  private final int regionLength;

  private ScalarSourceMap(int[] starts, int[] ends, int regionLength) {
    this.starts = starts;
    this.ends = ends;
    this.regionLength = regionLength;
  }

  /**
   * The map for a scalar whose source text (from its first character, a quote or block indicator
   * included, to its end) is {@code region} and whose parsed value is {@code value}.
   */
  static Optional<ScalarSourceMap> build(String region, ScalarStyle style, String value) {
    Decoder d = new Decoder(region);
    boolean ok;
    switch (style) {
      case PLAIN:
        ok = d.flow(0, region.length(), false, false);
        break;
      case SINGLE_QUOTED:
        ok = quoted(region, '\'') && d.flow(1, region.length() - 1, true, false);
        break;
      case DOUBLE_QUOTED:
        ok = quoted(region, '"') && d.flow(1, region.length() - 1, false, true);
        break;
      default:
        ok = d.block(style == ScalarStyle.FOLDED);
        break;
    }
    if (!ok) {
      return Optional.empty();
    }
    String decoded = d.out.toString();
    boolean block = style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
    if (block) {
      if (!stripTrailingBreaks(decoded).equals(stripTrailingBreaks(value))) {
        return Optional.empty();
      }
    } else if (!decoded.equals(value)) {
      return Optional.empty();
    }
    int n = Math.min(decoded.length(), value.length());
    return Optional.of(
        new ScalarSourceMap(Arrays.copyOf(d.starts, n), Arrays.copyOf(d.ends, n), region.length()));
  }

  private static boolean quoted(String region, char quote) {
    return region.length() >= 2
        && region.charAt(0) == quote
        && region.charAt(region.length() - 1) == quote;
  }

  private static String stripTrailingBreaks(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return s.substring(0, end);
  }

  /** Region index where the value's char {@code index} starts (the region's end past the map). */
  int sourceStart(int index) {
    return index < starts.length ? starts[index] : regionLength;
  }

  /** Region index just after the source of the value's chars before {@code endExclusive}. */
  int sourceEnd(int endExclusive) {
    if (endExclusive <= 0) {
      return sourceStart(0);
    }
    return endExclusive - 1 < ends.length ? ends[endExclusive - 1] : regionLength;
  }

  /** Decodes source text while recording where each output char came from. */
  private static final class Decoder {
    private final String src;
    private final StringBuilder out = new StringBuilder();
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    Decoder(String src) {
      this.src = src;
    }

    private void emit(char c, int start, int end) {
      int n = out.length();
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      starts[n] = start;
      ends[n] = end;
      out.append(c);
    }

    private void emitCodePoint(int cp, int start, int end) {
      for (char c : Character.toChars(cp)) {
        emit(c, start, end);
      }
    }

    private boolean isBreak(int i) {
      char c = src.charAt(i);
      return c == '\n' || c == '\r';
    }

    private int skipBreak(int i) {
      if (src.charAt(i) == '\r' && i + 1 < src.length() && src.charAt(i + 1) == '\n') {
        return i + 2;
      }
      return i + 1;
    }

    /** Plain and quoted scalars: folding of line breaks, quote and escape handling. */
    boolean flow(int from, int to, boolean single, boolean escapes) {
      if (from > to) {
        return false;
      }
      int pendingSpace = -1;
      int i = from;
      while (i < to) {
        char c = src.charAt(i);
        if (c == '\n' || c == '\r') {
          pendingSpace = -1;
          int breakAt = i;
          i = skipBreak(i);
          int breaks = 1;
          while (true) {
            while (i < to && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
              i++;
            }
            if (i < to && isBreak(i)) {
              breaks++;
              i = skipBreak(i);
            } else {
              break;
            }
          }
          if (breaks == 1) {
            emit(' ', breakAt, breakAt + 1);
          } else {
            for (int k = 1; k < breaks; k++) {
              emit('\n', breakAt, breakAt + 1);
            }
          }
          continue;
        }
        if (c == ' ' || c == '\t') {
          if (pendingSpace < 0) {
            pendingSpace = i;
          }
          i++;
          continue;
        }
        flushSpaces(pendingSpace, i);
        pendingSpace = -1;
        if (single && c == '\'' && i + 1 < to && src.charAt(i + 1) == '\'') {
          emit('\'', i, i + 2);
          i += 2;
          continue;
        }
        if (escapes && c == '\\') {
          if (i + 1 >= to) {
            return false;
          }
          if (isBreak(i + 1)) {
            i = skipBreak(i + 1);
            while (i < to && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
              i++;
            }
            continue;
          }
          int next = escape(i, to);
          if (next < 0) {
            return false;
          }
          i = next;
          continue;
        }
        int cp = src.codePointAt(i);
        int len = Character.charCount(cp);
        emitCodePoint(cp, i, i + len);
        i += len;
      }
      flushSpaces(pendingSpace, to);
      return true;
    }

    private void flushSpaces(int from, int to) {
      if (from < 0) {
        return;
      }
      for (int k = from; k < to; k++) {
        emit(src.charAt(k), k, k + 1);
      }
    }

    /** Decodes the escape sequence at {@code at} (a backslash); returns the index after it. */
    private int escape(int at, int to) {
      char e = src.charAt(at + 1);
      int simple;
      switch (e) {
        case '0':
          simple = 0;
          break;
        case 'a':
          simple = 7;
          break;
        case 'b':
          simple = 8;
          break;
        case 't':
        case '\t':
          simple = 9;
          break;
        case 'n':
          simple = 10;
          break;
        case 'v':
          simple = 11;
          break;
        case 'f':
          simple = 12;
          break;
        case 'r':
          simple = 13;
          break;
        case 'e':
          simple = 27;
          break;
        case ' ':
        case '"':
        case '/':
        case '\\':
          simple = e;
          break;
        case 'N':
          simple = 0x85;
          break;
        case '_':
          simple = 0xA0;
          break;
        case 'L':
          simple = 0x2028;
          break;
        case 'P':
          simple = 0x2029;
          break;
        case 'x':
          return hex(at, 2, to);
        case 'u':
          return hex(at, 4, to);
        case 'U':
          return hex(at, 8, to);
        default:
          return -1;
      }
      emitCodePoint(simple, at, at + 2);
      return at + 2;
    }

    private int hex(int at, int digits, int to) {
      int start = at + 2;
      int end = start + digits;
      if (end > to) {
        return -1;
      }
      int cp;
      try {
        cp = Integer.parseUnsignedInt(src.substring(start, end), 16);
      } catch (NumberFormatException ex) {
        return -1;
      }
      if (!Character.isValidCodePoint(cp)) {
        return -1;
      }
      emitCodePoint(cp, at, end);
      return end;
    }

    /** Literal and folded block scalars with an automatically detected indentation. */
    boolean block(boolean folded) {
      if (src.isEmpty() || (src.charAt(0) != '|' && src.charAt(0) != '>')) {
        return false;
      }
      int i = 1;
      while (i < src.length() && "+-0123456789".indexOf(src.charAt(i)) >= 0) {
        if (Character.isDigit(src.charAt(i))) {
          return false;
        }
        i++;
      }
      while (i < src.length() && !isBreak(i)) {
        i++;
      }
      if (i >= src.length()) {
        return true;
      }
      i = skipBreak(i);
      int indent = -1;
      for (int k = i; k < src.length(); ) {
        int lineEnd = lineEnd(k);
        int spaces = 0;
        while (k + spaces < lineEnd && src.charAt(k + spaces) == ' ') {
          spaces++;
        }
        if (k + spaces < lineEnd) {
          indent = spaces;
          break;
        }
        k = lineEnd < src.length() ? skipBreak(lineEnd) : lineEnd;
      }
      if (indent <= 0) {
        return indent < 0;
      }
      int emptyLines = 0;
      int firstEmptyBreak = -1;
      int previousBreak = -1;
      boolean previousNormal = false;
      boolean any = false;
      while (i < src.length()) {
        int lineEnd = lineEnd(i);
        int contentStart = Math.min(i + indent, lineEnd);
        boolean blank = true;
        for (int k = i; k < lineEnd; k++) {
          if (src.charAt(k) != ' ') {
            blank = false;
            break;
          }
        }
        if (blank && lineEnd - i <= indent) {
          if (emptyLines++ == 0) {
            firstEmptyBreak = lineEnd;
          }
        } else {
          if (lineEnd - i < indent) {
            return false;
          }
          for (int k = i; k < contentStart; k++) {
            if (src.charAt(k) != ' ') {
              return false;
            }
          }
          boolean normal =
              contentStart < lineEnd
                  && src.charAt(contentStart) != ' '
                  && src.charAt(contentStart) != '\t';
          if (any) {
            if (folded && previousNormal && normal) {
              if (emptyLines == 0) {
                emit(' ', previousBreak, previousBreak + 1);
              }
            } else {
              emit('\n', previousBreak, previousBreak + 1);
            }
          }
          for (int k = 0; k < emptyLines; k++) {
            emit('\n', firstEmptyBreak, firstEmptyBreak + 1);
          }
          for (int k = contentStart; k < lineEnd; ) {
            int cp = src.codePointAt(k);
            int len = Character.charCount(cp);
            emitCodePoint(cp, k, k + len);
            k += len;
          }
          emptyLines = 0;
          any = true;
          previousNormal = normal;
          previousBreak = lineEnd;
        }
        i = lineEnd < src.length() ? skipBreak(lineEnd) : lineEnd;
      }
      return true;
    }

    private int lineEnd(int from) {
      int k = from;
      while (k < src.length() && !isBreak(k)) {
        k++;
      }
      return k;
    }
  }
}
