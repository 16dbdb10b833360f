package dev.berth.dockerfile.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cleaned {@code .dockerignore} pattern. Like moby's {@code patternmatcher}, a pattern without
 * wildcards is compared as written (so an escape in it stays), {@code NAME**} is a prefix test,
 * {@code **NAME} a suffix test, and any other pattern is matched element by element: here by a
 * state machine over its tokens rather than a regular expression.
 */
record IgnorePattern(
    String text, boolean exception, Type type, int[] kinds, int[] data, List<int[]> classes) {
  enum Type {
    EXACT,
    PREFIX,
    SUFFIX,
    WILDCARD
  }

  /** A character, given in {@code data}. */
  private static final int LITERAL = 0;

  /** {@code ?}: one character other than {@code /}. */
  private static final int ONE = 1;

  /** {@code *}: any characters other than {@code /}. */
  private static final int STAR = 2;

  /** Part of {@code **}: any characters at all. */
  private static final int ANYTHING = 3;

  /** {@code [...]}: one character of the class {@code classes.get(data)}. */
  private static final int CLASS = 4;

  /** Part of {@code **} before more pattern: the next {@code data} tokens may be skipped. */
  private static final int OPTIONAL = 5;

  /** The pattern, or empty when Go's {@code filepath.Match} would reject it. */
  static Optional<IgnorePattern> compile(String text, boolean exception) {
    int[] cps = text.codePoints().toArray();
    if (!wellFormed(cps)) {
      return Optional.empty();
    }
    List<Integer> kinds = new ArrayList<>();
    List<Integer> data = new ArrayList<>();
    List<int[]> classes = new ArrayList<>();
    Type type = Type.EXACT;
    int n = cps.length;
    int i = 0;
    for (int step = 0; i < n; step++) {
      int c = cps[i++];
      if (c == '*' && i < n && cps[i] == '*') {
        i++;
        if (i < n && cps[i] == '/') {
          i++;
        }
        if (i >= n) {
          if (type == Type.EXACT) {
            type = Type.PREFIX;
          } else {
            add(kinds, data, ANYTHING, 0);
            type = Type.WILDCARD;
          }
        } else {
          // any number of elements, each followed by '/', or none
          add(kinds, data, OPTIONAL, 2);
          add(kinds, data, ANYTHING, 0);
          add(kinds, data, LITERAL, '/');
          type = Type.WILDCARD;
        }
        if (step == 0) {
          type = Type.SUFFIX;
        }
      } else if (c == '*') {
        add(kinds, data, STAR, 0);
        type = Type.WILDCARD;
      } else if (c == '?') {
        add(kinds, data, ONE, 0);
        type = Type.WILDCARD;
      } else if (c == '\\') {
        add(kinds, data, LITERAL, cps[i++]);
      } else if (c == '[') {
        i = readClass(cps, i, classes);
        add(kinds, data, CLASS, classes.size() - 1);
        type = Type.WILDCARD;
      } else {
        add(kinds, data, LITERAL, c);
        if (c == ']') {
          type = Type.WILDCARD;
        }
      }
    }
    return Optional.of(
        new IgnorePattern(
            text,
            exception,
            type,
            kinds.stream().mapToInt(Integer::intValue).toArray(),
            data.stream().mapToInt(Integer::intValue).toArray(),
            List.copyOf(classes)));
  }

  private static void add(List<Integer> kinds, List<Integer> data, int kind, int value) {
    kinds.add(kind);
    data.add(value);
  }

  /**
   * Reads the class whose {@code [} is just before {@code i} into {@code classes} as {@code
   * [negated, lo, hi, lo, hi, ...]}; returns the index after its {@code ]}. The class is well
   * formed.
   */
  private static int readClass(int[] cps, int i, List<int[]> classes) {
    List<Integer> out = new ArrayList<>();
    boolean negated = cps[i] == '^';
    out.add(negated ? 1 : 0);
    if (negated) {
      i++;
    }
    while (cps[i] != ']' || out.size() == 1) {
      int lo = cps[i] == '\\' ? cps[++i] : cps[i];
      i++;
      int hi = lo;
      if (cps[i] == '-') {
        i++;
        hi = cps[i] == '\\' ? cps[++i] : cps[i];
        i++;
      }
      out.add(lo);
      out.add(hi);
    }
    classes.add(out.stream().mapToInt(Integer::intValue).toArray());
    return i + 1;
  }

  /**
   * What Go's {@code filepath.Match} accepts: no trailing {@code \}, and every class closed, not
   * empty, with no {@code -} or {@code ]} where a character is expected.
   */
  private static boolean wellFormed(int[] p) {
    int n = p.length;
    for (int i = 0; i < n; i++) {
      if (p[i] == '\\') {
        if (++i >= n) {
          return false;
        }
      } else if (p[i] == '[') {
        i = classEnd(p, i + 1);
        if (i < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** The index of the {@code ]} closing a class whose body starts at {@code i}; -1 if malformed. */
  private static int classEnd(int[] p, int i) {
    int n = p.length;
    if (i < n && p[i] == '^') {
      i++;
    }
    int ranges = 0;
    while (true) {
      if (i < n && p[i] == ']' && ranges > 0) {
        return i;
      }
      i = classChar(p, i);
      if (i < 0) {
        return -1;
      }
      if (p[i] == '-') {
        i = classChar(p, i + 1);
        if (i < 0) {
          return -1;
        }
      }
      ranges++;
    }
  }

  /**
   * Go's {@code getEsc}: the index after one class character at {@code i}, which must not be last;
   * -1 if malformed.
   */
  private static int classChar(int[] p, int i) {
    int n = p.length;
    if (i >= n || p[i] == '-' || p[i] == ']') {
      return -1;
    }
    if (p[i] == '\\' && ++i >= n) {
      return -1;
    }
    return i + 1 < n ? i + 1 : -1;
  }

  /** Whether the pattern matches the whole of {@code path}. */
  boolean matches(String path) {
    switch (type) {
      case EXACT:
        return path.equals(text);
      case PREFIX:
        return path.startsWith(text.substring(0, text.length() - 2));
      case SUFFIX:
        String suffix = text.substring(2);
        return path.endsWith(suffix)
            || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
      default:
        return matchesTokens(path.codePoints().toArray());
    }
  }

  private boolean matchesTokens(int[] path) {
    int m = kinds.length;
    boolean[] states = new boolean[m + 1];
    boolean[] next = new boolean[m + 1];
    states[0] = true;
    close(states);
    for (int c : path) {
      java.util.Arrays.fill(next, false);
      boolean alive = false;
      for (int p = 0; p < m; p++) {
        if (!states[p]) {
          continue;
        }
        int to = step(p, c);
        if (to >= 0) {
          next[to] = true;
          alive = true;
        }
      }
      if (!alive) {
        return false;
      }
      close(next);
      boolean[] t = states;
      states = next;
      next = t;
    }
    return states[m];
  }

  /** The state token {@code p} moves to on character {@code c}, or -1. */
  private int step(int p, int c) {
    switch (kinds[p]) {
      case LITERAL:
        return c == data[p] ? p + 1 : -1;
      case ONE:
        return c != '/' ? p + 1 : -1;
      case STAR:
        return c != '/' ? p : -1;
      case ANYTHING:
        return p;
      case CLASS:
        return inClass(classes.get(data[p]), c) ? p + 1 : -1;
      default:
        return -1;
    }
  }

  private static boolean inClass(int[] cls, int c) {
    boolean in = false;
    for (int k = 1; k + 1 < cls.length && !in; k += 2) {
      in = cls[k] <= c && c <= cls[k + 1];
    }
    return in != (cls[0] == 1);
  }

  /** Adds the states reachable without reading a character; those moves only go forward. */
  private void close(boolean[] states) {
    for (int p = 0; p < kinds.length; p++) {
      if (!states[p]) {
        continue;
      }
      if (kinds[p] == STAR || kinds[p] == ANYTHING) {
        states[p + 1] = true;
      } else if (kinds[p] == OPTIONAL) {
        states[p + 1] = true;
        states[p + 1 + data[p]] = true;
      }
    }
  }
}
