package dev.berth.dockerfile.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of a {@code .dockerignore} file, matched as BuildKit matches them: lines starting
 * with {@code #} are comments; each pattern is cleaned like a path and taken relative to the
 * build context (a leading {@code /} is dropped); {@code *} and {@code ?} do not cross {@code /},
 * {@code **} matches any number of directories; a path is excluded when the last pattern matching
 * it, or one of its parent directories, is not a {@code !} exception. Malformed patterns (an
 * unclosed {@code [}, a lone {@code !}), which make {@code docker build} fail, are skipped.
 */
public final class DockerIgnore {
  /** An ignore file with no patterns: nothing is excluded. */
  public static final DockerIgnore EMPTY = new DockerIgnore(List.of());

  private enum Kind {
    EXACT,
    PREFIX,
    SUFFIX,
    REGEX
  }

  private record Rule(String pattern, boolean exception, Kind kind, Pattern regex) {
    boolean matches(String path) {
      switch (kind) {
        case EXACT:
          return path.equals(pattern);
        case PREFIX:
          return path.startsWith(pattern.substring(0, pattern.length() - 2));
        case SUFFIX:
          String suffix = pattern.substring(2);
          return path.endsWith(suffix) || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
        default:
          return regex.matcher(path).matches();
      }
    }
  }

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Reads the text of an ignore file. */
  public static DockerIgnore parse(String text) {
    List<Rule> rules = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.startsWith("#")) {
        continue;
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean exception = line.charAt(0) == '!';
      if (exception) {
        line = line.substring(1).strip();
        if (line.isEmpty()) {
          continue;
        }
      }
      String pattern = clean(line);
      if (pattern.length() > 1 && pattern.charAt(0) == '/') {
        pattern = pattern.substring(1);
      }
      if (!wellFormed(pattern)) {
        continue;
      }
      rules.add(compile(pattern, exception));
    }
    return new DockerIgnore(rules);
  }

  /** The patterns in effect, cleaned, exceptions with their {@code !}, in file order. */
  public List<String> patterns() {
    return rules.stream().map(r -> (r.exception() ? "!" : "") + r.pattern()).toList();
  }

  /**
   * True when a path of the build context (relative, {@code /}-separated) is left out of the
   * context: the last pattern matching the path or one of its parent directories is not an
   * exception.
   */
  public boolean excludes(String relativePath) {
    String path = clean(relativePath);
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    List<String> parents = new ArrayList<>();
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      parents.add(path.substring(0, slash));
    }
    boolean excluded = false;
    for (Rule r : rules) {
      if (r.exception() != excluded) {
        continue;
      }
      boolean match = r.matches(path);
      for (int i = 0; !match && i < parents.size(); i++) {
        match = r.matches(parents.get(i));
      }
      if (match) {
        excluded = !r.exception();
      }
    }
    return excluded;
  }

  private static Rule compile(String pattern, boolean exception) {
    StringBuilder re = new StringBuilder();
    Kind kind = Kind.EXACT;
    int n = pattern.length();
    for (int i = 0; i < n; i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < n && pattern.charAt(i + 1) == '*') {
        int start = i;
        i++;
        if (i + 1 < n && pattern.charAt(i + 1) == '/') {
          i++;
        }
        if (i + 1 >= n) {
          if (kind == Kind.EXACT) {
            kind = Kind.PREFIX;
          } else {
            re.append(".*");
            kind = Kind.REGEX;
          }
        } else {
          re.append("(?:.*/)?");
          kind = Kind.REGEX;
        }
        if (start == 0) {
          kind = Kind.SUFFIX;
        }
      } else if (c == '*') {
        re.append("[^/]*");
        kind = Kind.REGEX;
      } else if (c == '?') {
        re.append("[^/]");
        kind = Kind.REGEX;
      } else if (c == '[') {
        int close = classEnd(pattern, i);
        String body = pattern.substring(i + 1, close);
        boolean negated = body.startsWith("!") || body.startsWith("^");
        if (negated) {
          body = body.substring(1);
        }
        re.append(negated ? "[^" : "[");
        for (int k = 0; k < body.length(); k++) {
          char b = body.charAt(k);
          if (b == '\\' && k + 1 < body.length()) {
            b = body.charAt(++k);
            re.append('\\').append(b);
          } else if (b == '-') {
            re.append('-');
          } else {
            re.append(quoteInClass(b));
          }
        }
        re.append(']');
        i = close;
        kind = Kind.REGEX;
      } else if (c == '\\' && i + 1 < n) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new Rule(pattern, exception, kind, kind == Kind.REGEX ? Pattern.compile(re.toString()) : null);
  }

  private static String quoteInClass(char c) {
    return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
  }

  /** Index of the {@code ]} closing the class opened at {@code open}; -1 when there is none. */
  private static int classEnd(String p, int open) {
    int k = open + 1;
    if (k < p.length() && (p.charAt(k) == '!' || p.charAt(k) == '^')) {
      k++;
    }
    boolean first = true;
    for (; k < p.length(); k++) {
      char c = p.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == ']' && !first) {
        return k;
      }
      first = false;
    }
    return -1;
  }

  /** What Go's {@code filepath.Match} accepts: classes closed and non-empty, no trailing escape. */
  private static boolean wellFormed(String p) {
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        if (i + 1 >= p.length()) {
          return false;
        }
        i++;
      } else if (c == '[') {
        int close = classEnd(p, i);
        if (close < 0) {
          return false;
        }
        i = close;
      } else if (c == ']') {
        return false;
      }
    }
    return true;
  }

  /** Go's {@code path.Clean}: drops empty, {@code .} and resolvable {@code ..} elements. */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    List<String> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else if (!rooted) {
          out.add(part);
        }
        continue;
      }
      out.add(part);
    }
    String joined = String.join("/", out);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
