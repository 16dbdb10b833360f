package dev.berth.dockerfile.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass searches behind {@code ${VAR#pat}}, {@code ${VAR%pat}} and {@code ${VAR/pat/x}}
 * give what the position-by-position searches they replaced gave (kept here as the reference),
 * and stay fast on hostile sizes.
 */
class GlobSearchTest {
  private static final String[] PATTERN_PIECES = {"a", "b", "*", "?", "[ab]", "[!a]", "\\*", "[", "]", "-"};
  private static final String[] VALUE_PIECES = {"a", "b", "c", "*", "[", "-", "é"};

  @Test
  void searchesAgreeWithThePositionByPositionReference() {
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      String pattern = random(random, PATTERN_PIECES, 4);
      String value = random(random, VALUE_PIECES, 8);
      String what = "pattern '" + pattern + "' value '" + value + "'";
      for (boolean greedy : new boolean[] {false, true}) {
        assertEquals(
            referenceTrimPrefix(pattern, value, greedy),
            BuildkitWords.trimPrefix(pattern, value, greedy),
            what + " #");
        assertEquals(
            referenceTrimSuffix(pattern, value, greedy),
            BuildkitWords.trimSuffix(pattern, value, greedy),
            what + " %");
        assertEquals(
            referenceReplace(value, pattern, "X", greedy),
            BuildkitWords.replace(value, pattern, "X", greedy),
            what + " / all=" + greedy);
      }
    }
  }

  /**
   * Found by probing past the fuzzers' input size: {@code ENV X ${AAAA...#*x}} with a 30,000-char
   * name took 96 s, and {@code ${AAAA.../*x/y}} over two minutes (a match attempt per position,
   * each O(n·m)).
   */
  @Test
  void hostileSizesStayFast() {
    String value = "A".repeat(60_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertEquals(value, BuildkitWords.trimPrefix("*x", value, false));
          assertEquals(value, BuildkitWords.trimPrefix("*x", value, true));
          assertEquals(value, BuildkitWords.trimSuffix("x*", value, false));
          assertEquals("", BuildkitWords.trimSuffix("*", value, true));
          assertEquals(value, BuildkitWords.replace(value, "*x", "y", true));
          assertEquals("y", BuildkitWords.replace(value, "A*", "y", false));
          assertEquals("y".repeat(60_000), BuildkitWords.replace(value, "?", "y", true));
        });
  }

  private static String random(Random random, String[] pieces, int max) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private static String referenceTrimPrefix(String pattern, String value, boolean greedy) {
    Glob g = Glob.compile(pattern);
    if (greedy) {
      for (int i = value.length(); i >= 0; i--) {
        if (g.matches(value, 0, i)) {
          return value.substring(i);
        }
      }
    } else {
      for (int i = 0; i <= value.length(); i++) {
        if (g.matches(value, 0, i)) {
          return value.substring(i);
        }
      }
    }
    return value;
  }

  private static String referenceTrimSuffix(String pattern, String value, boolean greedy) {
    Glob g = Glob.compile(pattern);
    if (greedy) {
      for (int i = 0; i <= value.length(); i++) {
        if (g.matches(value, i, value.length())) {
          return value.substring(0, i);
        }
      }
    } else {
      for (int i = value.length(); i >= 0; i--) {
        if (g.matches(value, i, value.length())) {
          return value.substring(0, i);
        }
      }
    }
    return value;
  }

  private static String referenceReplace(String value, String pattern, String replacement, boolean all) {
    Glob g = Glob.compile(pattern);
    StringBuilder out = new StringBuilder();
    int i = 0;
    boolean done = false;
    while (i <= value.length()) {
      int end = -1;
      if (!done) {
        for (int j = value.length(); j >= i; j--) {
          if (g.matches(value, i, j)) {
            end = j;
            break;
          }
        }
      }
      if (end >= 0 && !(end == i && pattern.isEmpty())) {
        out.append(replacement);
        if (!all) {
          done = true;
        }
        if (end == i) {
          if (i < value.length()) {
            out.append(value.charAt(i));
          }
          i++;
        } else {
          i = end;
        }
      } else {
        if (i < value.length()) {
          out.append(value.charAt(i));
        }
        i++;
      }
    }
    return out.toString();
  }
}
