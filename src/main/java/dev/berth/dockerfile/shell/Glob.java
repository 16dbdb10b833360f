package dev.berth.dockerfile.shell;

/**
 * Shell pattern matching ({@code *}, {@code ?}, {@code [...]}, backslash escapes) without
 * backtracking blow-up: matching simulates the pattern's states over the text, O(n·m), and the
 * searches BuildKit's trims and replacements need ({@link #prefixMatches}, {@link #find}) take one
 * such pass each, not one per position.
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
        int close = j < n && pattern.charAt(j) == ']' ? pattern.indexOf(']', j + 1) : pattern.indexOf(']', j);
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

  /** The states (pattern positions) reachable from {@code states} without reading a char. */
  private void closeOverStars(boolean[] states) {
    for (int p = 0; p < kinds.length; p++) {
      if (states[p] && kinds[p] == STAR) {
        states[p + 1] = true;
      }
    }
  }

  /** Reads one char: {@code next} becomes the states reachable from {@code cur}; false if none. */
  private boolean step(boolean[] cur, boolean[] next, char c) {
    java.util.Arrays.fill(next, false);
    boolean any = false;
    for (int p = 0; p < kinds.length; p++) {
      if (!cur[p]) {
        continue;
      }
      if (kinds[p] == STAR) {
        next[p] = true;
        any = true;
      } else if (matchesOne(p, c)) {
        next[p + 1] = true;
        any = true;
      }
    }
    closeOverStars(next);
    return any;
  }

  private boolean[] start() {
    boolean[] states = new boolean[kinds.length + 1];
    states[0] = true;
    closeOverStars(states);
    return states;
  }

  /** True when the whole of {@code text.substring(from, to)} matches the pattern. */
  public boolean matches(String text, int from, int to) {
    int m = kinds.length;
    boolean[] cur = start();
    boolean[] next = new boolean[m + 1];
    for (int i = from; i < to; i++) {
      if (!step(cur, next, text.charAt(i))) {
        return false;
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

  /**
   * For every {@code k} from 0 to {@code text.length()}, whether {@code text.substring(0, k)}
   * matches: one pass over the text, O(text × pattern).
   */
  public boolean[] prefixMatches(String text) {
    int m = kinds.length;
    boolean[] out = new boolean[text.length() + 1];
    boolean[] cur = start();
    boolean[] next = new boolean[m + 1];
    out[0] = cur[m];
    for (int i = 0; i < text.length(); i++) {
      if (!step(cur, next, text.charAt(i))) {
        break;
      }
      boolean[] t = cur;
      cur = next;
      next = t;
      out[i + 1] = cur[m];
    }
    return out;
  }

  /** The pattern read backwards: it matches the reverse of what this one matches. */
  public Glob reversed() {
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
   * The leftmost match in {@code text} starting at or after {@code from}, the longest one at that
   * start: {@code {start, end}}, or null when there is none. One pass from {@code from}, keeping for
   * each pattern state the earliest start that reaches it, O(text × pattern).
   */
  public int[] find(String text, int from) {
    int m = kinds.length;
    int[] cur = new int[m + 1];
    int[] next = new int[m + 1];
    java.util.Arrays.fill(cur, -1);
    int bestStart = -1;
    int bestEnd = -1;
    for (int i = from; ; i++) {
      if (bestStart < 0) {
        // a new attempt starting here; earlier starts keep the states they already hold
        if (cur[0] < 0) {
          cur[0] = i;
        }
        for (int p = 0; p < m; p++) {
          if (cur[p] >= 0 && kinds[p] == STAR && (cur[p + 1] < 0 || cur[p] < cur[p + 1])) {
            cur[p + 1] = cur[p];
          }
        }
      }
      if (cur[m] >= 0 && (bestStart < 0 || cur[m] < bestStart || cur[m] == bestStart)) {
        if (bestStart < 0 || cur[m] < bestStart) {
          bestStart = cur[m];
        }
        bestEnd = i;
      }
      boolean alive = false;
      for (int p = 0; p <= m; p++) {
        if (bestStart >= 0 && cur[p] > bestStart) {
          cur[p] = -1; // cannot beat the leftmost match found
        }
        alive |= cur[p] >= 0 && p < m;
      }
      if (i == text.length() || (!alive && bestStart >= 0)) {
        break;
      }
      char c = text.charAt(i);
      java.util.Arrays.fill(next, -1);
      for (int p = 0; p < m; p++) {
        if (cur[p] < 0) {
          continue;
        }
        int to = kinds[p] == STAR ? p : matchesOne(p, c) ? p + 1 : -1;
        if (to >= 0 && (next[to] < 0 || cur[p] < next[to])) {
          next[to] = cur[p];
        }
      }
      for (int p = 0; p < m; p++) {
        if (next[p] >= 0 && kinds[p] == STAR && (next[p + 1] < 0 || next[p] < next[p + 1])) {
          next[p + 1] = next[p];
        }
      }
      int[] t = cur;
      cur = next;
      next = t;
    }
    return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
  }
}
