package dev.berth.dockerfile.parser;

import dev.berth.core.GoText;

/**
 * Marks the escape character before the lexer sees the text, so that the grammar needs no
 * predicates for a character that the {@code # escape=} directive can change.
 *
 * <p>Each occurrence of the active escape character is replaced by one of three ASCII control
 * codes: {@link #CONTINUATION} where it continues the line (BuildKit's rule: the escape is the last
 * character of the physical line but for spaces and tabs, and the character before it is not the
 * escape), {@link #ESCAPE_BACKSLASH} or {@link #ESCAPE_BACKTICK} elsewhere. The markers are ASCII
 * because ANTLR's lexer caches its decisions only for code points below 128; a literal control code
 * 1-3 in the file is displaced to a lone low surrogate (U+DC01-U+DC03), which the grammar treats as
 * the ordinary character it was. The decoded text never holds these: {@link dev.berth.core.Utf8}
 * escapes an invalid byte (0x80-0xFF) as U+DC80-U+DCFF, and it holds no lone high surrogate that a
 * displaced code could pair with when the text becomes a Java string. (A high surrogate was used
 * before, and it paired with a following escaped invalid byte into one character, which moved every
 * later index by one.) So every character the file does hold comes back unchanged. Replacement is
 * one code point for one, so indexes do not move; {@link #unmark} restores the original character.
 */
public final class EscapeMarker {
  private EscapeMarker() {}

  /** The escape character, when it is a backslash and does not continue the line. */
  public static final int ESCAPE_BACKSLASH = 0x01;

  /** The escape character at the end of a line, which joins the next line to this one. */
  public static final int CONTINUATION = 0x02;

  /** The escape character, when it is a backtick and does not continue the line. */
  public static final int ESCAPE_BACKTICK = 0x03;

  /**
   * Where a literal control code 1, 2 or 3 of the file goes, so that it is not read as a marker: a
   * low surrogate below the range of escaped bytes, which no decoded file holds.
   */
  private static final int DISPLACED = 0xDC00;

  public static boolean isMarker(int c) {
    return c >= ESCAPE_BACKSLASH && c <= ESCAPE_BACKTICK;
  }

  /** True when {@link #unmark} changes {@code c}: a marker or a displaced control code. */
  static boolean isMarkedOrDisplaced(int c) {
    return isMarker(c) || (c > DISPLACED && c <= DISPLACED + ESCAPE_BACKTICK);
  }

  /** Marks a copy of {@code cps}. */
  public static int[] mark(int[] cps, int escape) {
    return markInPlace(cps.clone(), escape);
  }

  /** Marks {@code cps} itself, and returns it. */
  static int[] markInPlace(int[] cps, int escape) {
    markReturningContinuations(cps, escape);
    return cps;
  }

  /** Marks {@code cps} itself, and returns the indexes of its continuation markers, ascending. */
  static int[] markReturningContinuations(int[] cps, int escape) {
    return markReturningIndexes(cps, escape).continuations();
  }

  /**
   * Indexes in marked code points, each ascending: of the continuation markers, of every code point
   * that marking changed (markers and displaced control codes, so continuations too), and of the
   * {@code <} characters.
   */
  record Indexes(int[] continuations, int[] marked, int[] lessThans) {}

  /** Marks {@code cps} itself, and returns the indexes of its continuations and {@code <}s. */
  static Indexes markReturningIndexes(int[] cps, int escape) {
    int[] out = cps;
    int[] continuations = new int[8];
    int count = 0;
    int[] lessThans = new int[8];
    int lessThanCount = 0;
    int[] marked = new int[8];
    int markedCount = 0;
    int plain = escape == '`' ? ESCAPE_BACKTICK : ESCAPE_BACKSLASH;
    int n = out.length;
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      int c;
      while (i < n && (c = out[i]) > '\r' && c != escape && c != '<') {
        i++; // the common case: no line break, no marker, not the escape, not a '<'
      }
      boolean lineEnd = i == n || out[i] == '\n' || out[i] == '\r';
      if (!lineEnd) {
        if (out[i] == '<') {
          if (lessThanCount == lessThans.length) {
            lessThans = java.util.Arrays.copyOf(lessThans, lessThanCount * 2);
          }
          lessThans[lessThanCount++] = i;
          continue;
        }
        if (out[i] == escape) {
          out[i] = plain;
        } else if (isMarker(out[i])) {
          out[i] = DISPLACED + out[i];
        } else {
          continue;
        }
        if (markedCount == marked.length) {
          marked = java.util.Arrays.copyOf(marked, markedCount * 2);
        }
        marked[markedCount++] = i;
        continue;
      }
      // The line is marked up to here: an escape character of the file is now `plain`, and no
      // other character is.
      int j = i;
      while (j > lineStart && (out[j - 1] == ' ' || out[j - 1] == '\t')) {
        j--;
      }
      if (j > lineStart && out[j - 1] == plain && (j - 1 == lineStart || out[j - 2] != plain)) {
        out[j - 1] = CONTINUATION;
        if (count == continuations.length) {
          continuations = java.util.Arrays.copyOf(continuations, count * 2);
        }
        continuations[count++] = j - 1;
      }
      if (i < n && out[i] == '\r' && i + 1 < n && out[i + 1] == '\n') {
        i++;
      }
      lineStart = i + 1;
    }
    return new Indexes(
        java.util.Arrays.copyOf(continuations, count),
        java.util.Arrays.copyOf(marked, markedCount),
        java.util.Arrays.copyOf(lessThans, lessThanCount));
  }

  /** The original character of a possibly marked one. */
  public static int unmark(int c, int escape) {
    if (c == ESCAPE_BACKSLASH) {
      return '\\';
    }
    if (c == ESCAPE_BACKTICK) {
      return '`';
    }
    if (c == CONTINUATION) {
      return escape;
    }
    if (c > DISPLACED && c <= DISPLACED + ESCAPE_BACKTICK) {
      return c - DISPLACED;
    }
    return c;
  }

  /** True for a character that separates lines: LF, or CR (CRLF counts once). */
  static boolean isNewline(int c) {
    return c == '\n' || c == '\r';
  }

  /** Whitespace that is not a line break. */
  static boolean isBlank(int c) {
    return c != '\n' && c != '\r' && GoText.isSpace(c);
  }
}
