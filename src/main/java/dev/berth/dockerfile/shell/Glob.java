package dev.berth.dockerfile.shell;

/**
 * Shell pattern matching ({@code *}, {@code ?}, {@code [...]}, backslash escapes) without
 * backtracking blow-up: matching is dynamic programming over pattern and text, O(n·m).
 */
public final class Glob {
  private final int[] kinds;
  private final String[] classes;
  private final int[] literals;
  private final boolean[] negated;

  private static final int LITERAL = 0;
  private static final int ANY = 1;
  private static final int STAR = 2;
  private static final int CLASS = 3;

  private Glob(int[] kinds, int[] literals, String[] classes, boolean[] negated) {
    this.kinds = kinds;
    this.literals = literals;
    this.classes = classes;
    this.negated = negated;
  }

  public static Glob compile(String pattern) {
    int n = pattern.length();
    int[] kinds = new int[n];
    int[] literals = new int[n];
    String[] classes = new String[n];
    boolean[] negated = new boolean[n];
    int k = 0;
    for (int i = 0; i < n; ) {
      char c = pattern.charAt(i);
      if (c == '*') {
        kinds[k++] = STAR;
        i++;
      } else if (c == '?') {
        kinds[k++] = ANY;
        i++;
      } else if (c == '\\' && i + 1 < n) {
        kinds[k] = LITERAL;
        literals[k++] = pattern.charAt(i + 1);
        i += 2;
      } else if (c == '[') {
        int j = i + 1;
        boolean neg = false;
        if (j < n && (pattern.charAt(j) == '!' || pattern.charAt(j) == '^')) {
          neg = true;
          j++;
        }
        int close =
            j < n && pattern.charAt(j) == ']'
                ? pattern.indexOf(']', j + 1)
                : pattern.indexOf(']', j);
        if (close < 0) {
          kinds[k] = LITERAL;
          literals[k++] = c;
          i++;
        } else {
          kinds[k] = CLASS;
          classes[k] = pattern.substring(j, close);
          negated[k++] = neg;
          i = close + 1;
        }
      } else {
        kinds[k] = LITERAL;
        literals[k++] = c;
        i++;
      }
    }
    return new Glob(
        java.util.Arrays.copyOf(kinds, k),
        java.util.Arrays.copyOf(literals, k),
        java.util.Arrays.copyOf(classes, k),
        java.util.Arrays.copyOf(negated, k));
  }

  private boolean matchesOne(int p, char c) {
    switch (kinds[p]) {
      case LITERAL:
        return literals[p] == c;
      case ANY:
        return true;
      case CLASS:
        return classContains(classes[p], c) != negated[p];
      default:
        return false;
    }
  }

  private static boolean classContains(String cls, char c) {
    for (int i = 0; i < cls.length(); i++) {
      char a = cls.charAt(i);
      if (i + 2 < cls.length() && cls.charAt(i + 1) == '-') {
        char b = cls.charAt(i + 2);
        if (c >= a && c <= b) {
          return true;
        }
        i += 2;
      } else if (a == c) {
        return true;
      }
    }
    return false;
  }

  /** Counts the work of matching: one unit per pattern element per character examined. */
  @FunctionalInterface
  public interface Meter {
    Meter NONE = units -> {};

    /** Called before each character is examined; may throw to stop the match. */
    void charge(long units);
  }

  /** The pattern read backwards, for matching suffixes from the end of a text. */
  private Glob reversed() {
    int m = kinds.length;
    int[] k = new int[m];
    int[] l = new int[m];
    String[] c = new String[m];
    boolean[] n = new boolean[m];
    for (int i = 0; i < m; i++) {
      k[i] = kinds[m - 1 - i];
      l[i] = literals[m - 1 - i];
      c[i] = classes[m - 1 - i];
      n[i] = negated[m - 1 - i];
    }
    return new Glob(k, l, c, n);
  }

  /**
   * The end of the longest (or shortest) match of the pattern that starts at {@code from} and ends
   * at or before {@code to}, or -1 when there is none. One pass over the text, stopping as soon as
   * no match can be extended: O((to - from) * pattern length).
   */
  public int matchEnd(String text, int from, int to, boolean longest, Meter meter) {
    return run(text, from, to, 1, longest, meter);
  }

  /**
   * The start of the longest (or shortest) match of the pattern that ends at {@code to} and starts
   * at or after {@code from}, or -1 when there is none; like {@link #matchEnd}, one pass.
   */
  public int matchStart(String text, int from, int to, boolean longest, Meter meter) {
    return reversed().run(text, to - 1, from - 1, -1, longest, meter);
  }

  /**
   * Runs the pattern over {@code text[first]}, {@code text[first + step]}, ... up to (not
   * including) {@code stop}; returns the index after the last character of the chosen match (for a
   * backward run, the index of its first character), or -1.
   */
  private int run(String text, int first, int stop, int step, boolean longest, Meter meter) {
    int m = kinds.length;
    boolean[] cur = new boolean[m + 1];
    boolean[] next = new boolean[m + 1];
    cur[0] = true;
    closeOverStars(cur);
    int edge = step > 0 ? first : first + 1;
    int found = cur[m] ? edge : -1;
    if (found >= 0 && !longest) {
      return found;
    }
    for (int i = first; i != stop; i += step) {
      meter.charge(m + 1L);
      char c = text.charAt(i);
      java.util.Arrays.fill(next, false);
      boolean alive = false;
      for (int p = 0; p < m; p++) {
        if (!cur[p]) {
          continue;
        }
        if (kinds[p] == STAR) {
          next[p] = true;
          next[p + 1] = true;
          alive = true;
        } else if (matchesOne(p, c)) {
          next[p + 1] = true;
          alive = true;
        }
      }
      if (!alive) {
        break;
      }
      closeOverStars(next);
      boolean[] t = cur;
      cur = next;
      next = t;
      if (cur[m]) {
        found = step > 0 ? i + 1 : i;
        if (!longest) {
          return found;
        }
      }
    }
    return found;
  }

  /** A star can match nothing: a state before a star is also the state after it. */
  private void closeOverStars(boolean[] states) {
    for (int p = 0; p < kinds.length; p++) {
      if (states[p] && kinds[p] == STAR) {
        states[p + 1] = true;
      }
    }
  }

  /** True when the whole of {@code text.substring(from, to)} matches the pattern. */
  public boolean matches(String text, int from, int to) {
    int m = kinds.length;
    boolean[] cur = new boolean[m + 1];
    boolean[] next = new boolean[m + 1];
    cur[0] = true;
    for (int p = 0; p < m && kinds[p] == STAR; p++) {
      cur[p + 1] = true;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      java.util.Arrays.fill(next, false);
      for (int p = 0; p < m; p++) {
        if (!cur[p]) {
          continue;
        }
        if (kinds[p] == STAR) {
          next[p] = true;
          next[p + 1] = true;
        } else if (matchesOne(p, c)) {
          next[p + 1] = true;
        }
      }
      for (int p = 0; p < m; p++) {
        if (next[p] && kinds[p] == STAR) {
          next[p + 1] = true;
        }
      }
      boolean[] t = cur;
      cur = next;
      next = t;
    }
    return cur[m];
  }

  public boolean matches(String text) {
    return matches(text, 0, text.length());
  }
}
