package dev.berth.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code .gitignore}-style pattern: {@code *} matches within a path segment, {@code **} across
 * segments, {@code ?} one character, {@code [...]} a class; a pattern with a slash (other than a
 * trailing one) is anchored to the base directory, one without matches at any depth; a trailing
 * slash matches directories only; a leading {@code !} re-includes.
 *
 * <p>Patterns come from config files of the linted repository, so matching must not backtrack: a
 * pattern compiles to a small automaton that is run over the path once, in time linear in the
 * path's length times the pattern's.
 */
public final class PathGlob {
  /** One state of the automaton; the state after the last one accepts. */
  private enum Kind {
    /** One given character. */
    LITERAL,
    /** One character other than {@code /} ({@code ?}). */
    ANY_IN_SEGMENT,
    /** One character of a class ({@code [...]}). */
    CLASS,
    /** Any run of characters other than {@code /} ({@code *}). */
    STAR_IN_SEGMENT,
    /** Any run of characters ({@code **}). */
    STAR,
    /**
     * Nothing, or anything that ends with {@code /} ({@code **}{@code /}, or an unanchored start):
     * leads, reading nothing, to the state after {@link #DIRECTORY_RUN} or into it.
     */
    DIRECTORIES,
    /** Inside {@link #DIRECTORIES}: any character, and out only through a {@code /}. */
    DIRECTORY_RUN,
    /** Nothing, or {@code /} followed by the next state (a path under a matched directory). */
    SUBPATH,
    /** Anything, up to the end ({@code /...} after a match). */
    REST
  }

  private final String source;
  private final boolean negated;
  private final boolean directoryOnly;
  private final Kind[] kinds;
  private final char[] chars;
  private final String[] classes;

  private PathGlob(
      String source,
      boolean negated,
      boolean directoryOnly,
      List<Kind> kinds,
      List<Character> chars,
      List<String> classes) {
    this.source = source;
    this.negated = negated;
    this.directoryOnly = directoryOnly;
    this.kinds = kinds.toArray(new Kind[0]);
    this.chars = new char[chars.size()];
    for (int i = 0; i < this.chars.length; i++) {
      this.chars[i] = chars.get(i);
    }
    this.classes = classes.toArray(new String[0]);
  }

  public static PathGlob compile(String pattern) {
    String p = pattern.trim();
    boolean negated = p.startsWith("!");
    if (negated) {
      p = p.substring(1);
    }
    boolean dirOnly = p.endsWith("/");
    if (dirOnly) {
      p = p.substring(0, p.length() - 1);
    }
    boolean anchored = p.startsWith("/") || p.contains("/");
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.startsWith("./")) {
      p = p.substring(2);
    }
    Builder b = new Builder();
    if (!anchored) {
      b.directories();
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '*') {
        if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
          boolean slashAfter = i + 2 < p.length() && p.charAt(i + 2) == '/';
          if (slashAfter) {
            b.directories();
            i += 2;
          } else {
            b.add(Kind.STAR, '\0', null);
            i++;
          }
        } else {
          b.add(Kind.STAR_IN_SEGMENT, '\0', null);
        }
      } else if (c == '?') {
        b.add(Kind.ANY_IN_SEGMENT, '\0', null);
      } else if (c == '[') {
        int close = p.indexOf(']', i + 1);
        if (close < 0) {
          b.add(Kind.LITERAL, '[', null);
        } else {
          b.add(Kind.CLASS, '\0', p.substring(i + 1, close));
          i = close;
        }
      } else if (c == '\\' && i + 1 < p.length()) {
        b.add(Kind.LITERAL, p.charAt(++i), null);
      } else {
        b.add(Kind.LITERAL, c, null);
      }
    }
    b.add(Kind.SUBPATH, '/', null);
    b.add(Kind.REST, '\0', null);
    return new PathGlob(pattern, negated, dirOnly, b.kinds, b.chars, b.classes);
  }

  private static final class Builder {
    final List<Kind> kinds = new ArrayList<>();
    final List<Character> chars = new ArrayList<>();
    final List<String> classes = new ArrayList<>();

    void directories() {
      add(Kind.DIRECTORIES, '\0', null);
      add(Kind.DIRECTORY_RUN, '\0', null);
    }

    void add(Kind kind, char c, String cls) {
      kinds.add(kind);
      chars.add(c);
      classes.add(cls);
    }
  }

  public String source() {
    return source;
  }

  public boolean negated() {
    return negated;
  }

  /**
   * Whether the pattern matches a path relative to the base directory (forward slashes). A path
   * under a matched directory matches too.
   */
  public boolean matches(String relativePath, boolean isDirectory) {
    if (directoryOnly && !isDirectory) {
      String parent =
          relativePath.contains("/")
              ? relativePath.substring(0, relativePath.lastIndexOf('/'))
              : "";
      return !parent.isEmpty() && run(parent);
    }
    return run(relativePath);
  }

  /**
   * Runs the automaton over the whole text: a set of live states, advanced one character at a time.
   */
  private boolean run(String text) {
    int m = kinds.length;
    boolean[] cur = new boolean[m + 1];
    boolean[] next = new boolean[m + 1];
    cur[0] = true;
    close(cur);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Arrays.fill(next, false);
      boolean alive = false;
      for (int s = 0; s < m; s++) {
        if (cur[s]) {
          alive |= step(s, c, next);
        }
      }
      if (!alive) {
        return false;
      }
      close(next);
      boolean[] t = cur;
      cur = next;
      next = t;
    }
    return cur[m];
  }

  /** The states {@code c} leads to from state {@code s}; true when there is one. */
  private boolean step(int s, char c, boolean[] next) {
    switch (kinds[s]) {
      case LITERAL:
        return set(next, s + 1, c == chars[s]);
      case ANY_IN_SEGMENT:
        return set(next, s + 1, c != '/');
      case CLASS:
        return set(next, s + 1, inClass(classes[s], c));
      case STAR_IN_SEGMENT:
        return set(next, s, c != '/');
      case STAR:
      case REST:
        return set(next, s, true);
      case DIRECTORIES:
        return false;
      case DIRECTORY_RUN:
        set(next, s + 1, c == '/');
        return set(next, s, true);
      case SUBPATH:
        return set(next, s + 1, c == '/');
      default:
        throw new IllegalStateException(kinds[s].name());
    }
  }

  private static boolean set(boolean[] states, int s, boolean condition) {
    if (condition) {
      states[s] = true;
    }
    return condition;
  }

  /**
   * Adds the states reachable without reading a character; edges only go forward, so one pass in
   * order reaches them all.
   */
  private void close(boolean[] states) {
    for (int s = 0; s < kinds.length; s++) {
      if (!states[s]) {
        continue;
      }
      switch (kinds[s]) {
        case STAR_IN_SEGMENT:
        case STAR:
        case REST:
          states[s + 1] = true;
          break;
        case DIRECTORIES:
          states[s + 1] = true;
          states[s + 2] = true;
          break;
        case SUBPATH:
          states[s + 2] = true;
          break;
        default:
          break;
      }
    }
  }

  /**
   * A class as written between brackets: a leading {@code !} or {@code ^} negates, {@code a-z} is a
   * range.
   */
  private static boolean inClass(String cls, char c) {
    boolean negate = !cls.isEmpty() && (cls.charAt(0) == '!' || cls.charAt(0) == '^');
    int i = negate ? 1 : 0;
    boolean in = false;
    while (i < cls.length()) {
      char a = cls.charAt(i);
      if (i + 2 < cls.length() && cls.charAt(i + 1) == '-') {
        in |= c >= a && c <= cls.charAt(i + 2);
        i += 3;
      } else {
        in |= c == a;
        i++;
      }
    }
    return in != negate;
  }

  /**
   * Applies a list of patterns in order, later ones (and {@code !} ones) overriding earlier ones.
   */
  public static boolean excluded(List<PathGlob> globs, String relativePath, boolean isDirectory) {
    boolean out = false;
    for (PathGlob g : globs) {
      if (g.matches(relativePath, isDirectory)) {
        out = !g.negated;
      }
    }
    return out;
  }

  public static List<PathGlob> compileAll(List<String> patterns) {
    List<PathGlob> out = new ArrayList<>();
    for (String p : patterns) {
      if (!p.isBlank() && !p.trim().startsWith("#")) {
        out.add(compile(p));
      }
    }
    return out;
  }
}
