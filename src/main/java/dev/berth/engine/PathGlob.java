package dev.berth.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code .gitignore}-style pattern: {@code *} matches within a path segment, {@code **} across
 * segments, {@code ?} one character, {@code [...]} a class; a pattern with a slash (other than a
 * trailing one) is anchored to the base directory, one without matches at any depth; a trailing
 * slash matches directories only; a leading {@code !} re-includes.
 */
public final class PathGlob {
  private final Pattern regex;
  private final boolean negated;
  private final boolean directoryOnly;
  private final String source;

  private PathGlob(String source, Pattern regex, boolean negated, boolean directoryOnly) {
    this.source = source;
    this.regex = regex;
    this.negated = negated;
    this.directoryOnly = directoryOnly;
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
    StringBuilder re = new StringBuilder();
    if (!anchored) {
      re.append("(?:.*/)?");
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '*') {
        if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
          boolean slashAfter = i + 2 < p.length() && p.charAt(i + 2) == '/';
          if (slashAfter) {
            re.append("(?:.*/)?");
            i += 2;
          } else {
            re.append(".*");
            i++;
          }
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '[') {
        int close = p.indexOf(']', i + 1);
        if (close < 0) {
          re.append("\\[");
        } else {
          String cls = p.substring(i + 1, close).replace("\\", "\\\\");
          if (cls.startsWith("!")) {
            cls = "^" + cls.substring(1);
          }
          re.append('[').append(cls).append(']');
          i = close;
        }
      } else if (c == '\\' && i + 1 < p.length()) {
        re.append(Pattern.quote(String.valueOf(p.charAt(++i))));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    re.append("(?:/.*)?");
    return new PathGlob(pattern, Pattern.compile(re.toString()), negated, dirOnly);
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
      String parent = relativePath.contains("/") ? relativePath.substring(0, relativePath.lastIndexOf('/')) : "";
      return !parent.isEmpty() && regex.matcher(parent).matches();
    }
    return regex.matcher(relativePath).matches();
  }

  /** Applies a list of patterns in order, later ones (and {@code !} ones) overriding earlier ones. */
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
