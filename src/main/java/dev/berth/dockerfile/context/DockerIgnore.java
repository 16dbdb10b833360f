package dev.berth.dockerfile.context;

import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of a {@code .dockerignore} file, read and matched as BuildKit does (moby's {@code
 * ignorefile} and {@code patternmatcher}).
 *
 * <p>Reading: a line whose first character is {@code #} is a comment; other lines are trimmed, and
 * blank ones dropped; a leading {@code !} makes the pattern an exception; the rest is cleaned like
 * a path ({@code ./a//b/} is {@code a/b}) and a leading {@code /} is dropped. A pattern that Go's
 * {@code filepath.Match} rejects (an unclosed or empty {@code [...]}, a trailing {@code \}), which
 * makes {@code docker build} fail, is skipped.
 *
 * <p>Matching: {@code *} and {@code ?} stay within one path element, {@code [...]} is a class
 * ({@code ^} negates it), {@code \} escapes the next character, and {@code **} matches any number
 * of elements. A pattern is anchored at the context root. A path is excluded when the last pattern
 * that matches it, or one of its parent folders, is not an exception. Matching runs a small state
 * machine over the pattern, with no regular expression: its cost is the pattern's length times the
 * path's.
 */
public final class DockerIgnore {
  /** An ignore file with no patterns: nothing is excluded. */
  public static final DockerIgnore EMPTY = new DockerIgnore(List.of(), false);

  private final List<IgnorePattern> patterns;
  private final boolean hasExceptions;

  private DockerIgnore(List<IgnorePattern> patterns, boolean hasExceptions) {
    this.patterns = List.copyOf(patterns);
    this.hasExceptions = hasExceptions;
  }

  /** Reads the text of an ignore file. */
  public static DockerIgnore parse(String text) {
    List<IgnorePattern> patterns = new ArrayList<>();
    boolean exceptions = false;
    int start = 0;
    boolean first = true;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (first && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      first = false;
      if (line.startsWith("#")) {
        continue;
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean exception = line.charAt(0) == '!';
      if (exception) {
        exceptions = true;
        line = line.substring(1).strip();
        if (line.isEmpty()) {
          continue; // a lone "!" is an error for docker build
        }
      }
      String cleaned = ContextPaths.clean(line);
      if (cleaned.length() > 1 && cleaned.charAt(0) == '/') {
        cleaned = cleaned.substring(1);
      }
      IgnorePattern.compile(cleaned, exception).ifPresent(patterns::add);
    }
    return new DockerIgnore(patterns, exceptions);
  }

  /** The patterns in effect, cleaned, exceptions with their {@code !}, in file order. */
  public List<String> patterns() {
    return patterns.stream().map(p -> (p.exception() ? "!" : "") + p.text()).toList();
  }

  /** Whether any line is an exception ({@code !pattern}). */
  public boolean hasExceptions() {
    return hasExceptions;
  }

  /** The total length of the patterns: matching one path costs at most this times its length. */
  public long size() {
    long n = 0;
    for (IgnorePattern p : patterns) {
      n += p.text().length() + 1;
    }
    return n;
  }

  /**
   * True when a path of the build context (relative, {@code /}-separated, cleaned by {@link
   * ContextPaths#clean}) is left out of the context: the last pattern matching the path or one of
   * its parent folders is not an exception.
   */
  public boolean excludes(String path) {
    List<String> parents = new ArrayList<>();
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      parents.add(path.substring(0, slash));
    }
    boolean excluded = false;
    for (IgnorePattern p : patterns) {
      if (p.exception() != excluded) {
        continue; // cannot change the outcome
      }
      boolean match = p.matches(path);
      for (int i = 0; !match && i < parents.size(); i++) {
        match = p.matches(parents.get(i));
      }
      if (match) {
        excluded = !p.exception();
      }
    }
    return excluded;
  }
}
