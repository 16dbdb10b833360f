package dev.berth.shellcheck;

import dev.berth.core.Span;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A script handed to ShellCheck, made of pieces copied from a file and pieces written for
 * ShellCheck only (a shebang, declarations). Every char copied from the file keeps the byte span it
 * came from, so that a ShellCheck position (line and column, columns counting code points, as
 * ShellCheck's {@code json1} format does) leads back to a span of the file.
 */
public final class ShellScript {
  private static final int SYNTHETIC = -1;

  private final String text;

  /** File byte offset where each char of {@link #text} starts, or {@link #SYNTHETIC}. */
  private final int[] starts;

  /** File byte offset where each char ends. */
  private final int[] ends;

  /** Char index where each line of {@link #text} starts. */
  private final int[] lineStarts;

  private ShellScript(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    int[] ls = new int[8];
    int n = 0;
    ls[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == ls.length) {
          ls = Arrays.copyOf(ls, n * 2);
        }
        ls[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(ls, n);
  }

  public static Builder builder() {
    return new Builder();
  }

  public String text() {
    return text;
  }

  /** True when no char of the script comes from the file. */
  public boolean isSynthetic() {
    for (int s : starts) {
      if (s != SYNTHETIC) {
        return false;
      }
    }
    return true;
  }

  /**
   * The file span of a ShellCheck range (1-based lines and columns, end exclusive): from the first
   * char of the range that came from the file to the end of the last one. A range of written-only
   * chars (or an empty one) becomes an empty span at the end of the nearest file char before it.
   * Empty when the range lies before every file char, in the lines written for ShellCheck only.
   */
  public Optional<Span> span(int line, int column, int endLine, int endColumn) {
    int from = index(line, column);
    int to = Math.max(from, index(endLine, endColumn));
    int first = -1;
    int last = -1;
    for (int i = from; i < to; i++) {
      if (starts[i] != SYNTHETIC) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first >= 0) {
      int start = starts[first];
      return Optional.of(new Span(start, Math.max(start, ends[last])));
    }
    if (from < text.length() && starts[from] != SYNTHETIC) {
      return Optional.of(Span.empty(starts[from]));
    }
    for (int i = Math.min(from, text.length()) - 1; i >= 0; i--) {
      if (starts[i] != SYNTHETIC) {
        return Optional.of(Span.empty(ends[i]));
      }
    }
    return Optional.empty();
  }

  /** The char index of a 1-based line and code-point column, clamped to the script. */
  private int index(int line, int column) {
    if (line < 1) {
      return 0;
    }
    if (line > lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[line - 1];
    int lineEnd = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    int i = start;
    for (int c = 1; c < column && i < lineEnd; c++) {
      i +=
          Character.isHighSurrogate(text.charAt(i))
                  && i + 1 < lineEnd
                  && Character.isLowSurrogate(text.charAt(i + 1))
              ? 2
              : 1;
    }
    return i;
  }

  /** Appends pieces of script; see {@link ShellScript}. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[64];
    private int[] ends = new int[64];

    private Builder() {}

    private void add(char c, int start, int end) {
      int n = text.length();
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      text.append(c);
      starts[n] = start;
      ends[n] = end;
    }

    /** Appends text that is not in the file. */
    public Builder synthetic(String s) {
      for (int i = 0; i < s.length(); i++) {
        add(s.charAt(i), SYNTHETIC, SYNTHETIC);
      }
      return this;
    }

    /**
     * Appends text copied from the file: {@code spanOf} gives the file span of each char index of
     * {@code s}. A carriage return before a line feed is left out, as a shell on Linux would choke
     * on it where the builder does not.
     */
    public Builder mapped(CharSequence s, IntFunction<Span> spanOf) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        Span span = spanOf.apply(i);
        add(c, span.start(), span.end());
      }
      return this;
    }

    /** The length of the script so far, in chars. */
    public int length() {
      return text.length();
    }

    public ShellScript build() {
      int n = text.length();
      return new ShellScript(text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
  }
}
