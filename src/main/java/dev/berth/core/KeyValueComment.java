package dev.berth.core;

import java.util.Optional;

/**
 * A comment of the form {@code key=value} as BuildKit reads parser directives and {@code check}
 * comments, with Go's regexp {@code [ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$} (dot
 * matching line breaks) on the text after the {@code #}: leading blanks skipped, the value trimmed
 * of trailing spaces and tabs; a value of blanks only is its last blank, as the regexp has it.
 *
 * <p>Read by hand in one pass: the regexp's lazy value followed by optional blanks makes a
 * backtracking engine take quadratic time on a line with a long run of blanks inside the value.
 * Offsets are indexes of {@code text}.
 */
public record KeyValueComment(int keyStart, int keyEnd, int valueStart, int valueEnd) {
  /** Reads {@code text} from {@code from} to its end; empty when it is not of that form. */
  public static Optional<KeyValueComment> read(CharSequence text, int from) {
    int end = text.length();
    int i = skipBlanks(text, from, end);
    int keyStart = i;
    if (i == end || !isAsciiLetter(text.charAt(i))) {
      return Optional.empty();
    }
    while (i < end && (isAsciiLetter(text.charAt(i)) || isAsciiDigit(text.charAt(i)))) {
      i++;
    }
    int keyEnd = i;
    i = skipBlanks(text, i, end);
    if (i == end || text.charAt(i) != '=') {
      return Optional.empty();
    }
    int rest = i + 1;
    if (rest == end) {
      return Optional.empty();
    }
    int valueStart = skipBlanks(text, rest, end);
    if (valueStart == end) {
      return Optional.of(new KeyValueComment(keyStart, keyEnd, end - 1, end));
    }
    int valueEnd = end;
    while (isBlank(text.charAt(valueEnd - 1))) {
      valueEnd--;
    }
    return Optional.of(new KeyValueComment(keyStart, keyEnd, valueStart, valueEnd));
  }

  private static int skipBlanks(CharSequence text, int i, int end) {
    while (i < end && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
