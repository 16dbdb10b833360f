package dev.berth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The automaton of {@link PathGlob} matches exactly what its former translation to a Java regex
 * matched (kept here as the reference), on random patterns and paths.
 */
class PathGlobTest {
  /** The former implementation: the pattern translated to a backtracking regex. */
  private static boolean reference(String pattern, String path, boolean isDirectory) {
    String p = pattern.trim();
    if (p.startsWith("!")) {
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
    Pattern regex = Pattern.compile(re.toString());
    if (dirOnly && !isDirectory) {
      String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
      return !parent.isEmpty() && regex.matcher(parent).matches();
    }
    return regex.matcher(path).matches();
  }

  private static final String[] PATTERN_PIECES = {
    "a", "b", "/", "*", "**", "**/", "?", "[ab]", "[!a]", "[a-c]", "[^b]", "\\*", ".", "x"
  };

  @Test
  void agreesWithTheRegexTranslation() {
    Random r = new Random(0xB1A5);
    for (int k = 0; k < 30_000; k++) {
      StringBuilder p = new StringBuilder(r.nextInt(8) == 0 ? "!" : "");
      if (r.nextInt(5) == 0) {
        p.append('/');
      }
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        p.append(PATTERN_PIECES[r.nextInt(PATTERN_PIECES.length)]);
      }
      if (r.nextInt(5) == 0) {
        p.append('/');
      }
      StringBuilder path = new StringBuilder();
      int len = 1 + r.nextInt(9);
      for (int i = 0; i < len; i++) {
        path.append("ab/c*.x".charAt(r.nextInt(7)));
      }
      String pattern = p.toString();
      String text = path.toString();
      PathGlob g = PathGlob.compile(pattern);
      for (boolean dir : new boolean[] {false, true}) {
        assertEquals(
            reference(pattern, text, dir),
            g.matches(text, dir),
            "pattern " + pattern + " on " + text + (dir ? " (directory)" : ""));
      }
    }
  }

  @Test
  void examples() {
    assertTrue(PathGlob.compile("vendor/**").matches("vendor/a/b/Dockerfile", false));
    assertTrue(PathGlob.compile("**/testdata/**").matches("x/testdata/Dockerfile", false));
    assertTrue(PathGlob.compile("*.yaml").matches("deep/dir/compose.yaml", false));
    assertFalse(PathGlob.compile("/*.yaml").matches("deep/compose.yaml", false));
    assertTrue(PathGlob.compile("build/").matches("build/Dockerfile", false));
    assertFalse(PathGlob.compile("build/").matches("build", false));
    assertTrue(PathGlob.compile("build/").matches("build", true));
    assertTrue(PathGlob.compile("!keep").negated());
  }
}
