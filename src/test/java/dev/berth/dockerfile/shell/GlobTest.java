package dev.berth.dockerfile.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass match searches of {@link Glob} agree with the definition (try every end, every
 * start, with {@link Glob#matches}), and {@code ${VAR#p}}, {@code ${VAR%p}}, {@code ${VAR/p/r}}
 * stay within their work bound on text made for backtracking.
 */
class GlobTest {
  private static final String[] PIECES = {"a", "b", "*", "?", "[ab]", "[!a]", "\\*", "**"};

  private static String randomPattern(Random r) {
    StringBuilder p = new StringBuilder();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      p.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return p.toString();
  }

  private static String randomText(Random r) {
    StringBuilder t = new StringBuilder();
    int n = r.nextInt(9);
    for (int i = 0; i < n; i++) {
      t.append("ab*".charAt(r.nextInt(3)));
    }
    return t.toString();
  }

  private static int naiveEnd(Glob g, String t, int from, boolean longest) {
    int found = -1;
    for (int j = from; j <= t.length(); j++) {
      if (g.matches(t, from, j)) {
        found = j;
        if (!longest) {
          return j;
        }
      }
    }
    return found;
  }

  private static int naiveStart(Glob g, String t, boolean longest) {
    int found = -1;
    for (int i = t.length(); i >= 0; i--) {
      if (g.matches(t, i, t.length())) {
        found = i;
        if (!longest) {
          return i;
        }
      }
    }
    return found;
  }

  @Test
  void onePassSearchesAgreeWithTheDefinition() {
    Random r = new Random(20_260_128L);
    for (int k = 0; k < 20_000; k++) {
      String p = randomPattern(r);
      String t = randomText(r);
      Glob g = Glob.compile(p);
      for (boolean longest : new boolean[] {true, false}) {
        for (int from = 0; from <= t.length(); from++) {
          assertEquals(
              naiveEnd(g, t, from, longest),
              g.matchEnd(t, from, t.length(), longest, Glob.Meter.NONE),
              "end of " + p + " in " + t + " from " + from + " longest=" + longest);
        }
        assertEquals(
            naiveStart(g, t, longest),
            g.matchStart(t, 0, t.length(), longest, Glob.Meter.NONE),
            "start of " + p + " in " + t + " longest=" + longest);
      }
    }
  }

  private static String expand(String word, String value) throws ShellSyntaxException {
    return BuildkitWords.process(
            word, n -> n.equals("A") ? value : null, BuildkitWords.Options.defaults('\\'))
        .word();
  }

  @Test
  void patternModifiersKeepTheirMeaning() throws ShellSyntaxException {
    assertEquals("b/c.tar.gz", expand("${A#*/}", "a/b/c.tar.gz"));
    assertEquals("c.tar.gz", expand("${A##*/}", "a/b/c.tar.gz"));
    assertEquals("a/b/c.tar", expand("${A%.*}", "a/b/c.tar.gz"));
    assertEquals("a/b/c", expand("${A%%.*}", "a/b/c.tar.gz"));
    assertEquals("a-b/c.tar.gz", expand("${A/\\//-}", "a/b/c.tar.gz"));
    assertEquals("a-b-c.tar.gz", expand("${A//\\//-}", "a/b/c.tar.gz"));
  }

  /** Text built to make a backtracking matcher take exponential or cubic time. */
  @Test
  void adversarialPatternsFinishOrStopWithinTheWorkBound() {
    String text = "a".repeat(60_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertEquals(text.length() - 1, expand("${A#*a}", text).length());
          assertEquals("", expand("${A##*a}", text));
          assertEquals(text.length() - 1, expand("${A%a*}", text).length());
          assertThrows(ExpansionLimitException.class, () -> expand("${A//*b/x}", text));
          assertEquals(text, expand("${A#*a*a*a*a*a*b}", text));
          assertEquals(text, expand("${A%%b*a*a*a*a*a*}", text));
        });
  }

  @Test
  void expansionIsBoundedByTheOption() {
    BuildkitWords.Options options = BuildkitWords.Options.defaults('\\').withMaxExpansion(100);
    assertThrows(
        ExpansionLimitException.class,
        () -> BuildkitWords.process("$A$A", n -> "x".repeat(60), options));
    assertThrows(
        ExpansionLimitException.class,
        () -> BuildkitWords.process("${A//?/yy}", n -> "x".repeat(60), options));
  }
}
