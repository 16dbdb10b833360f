package dev.berth.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the known word a mistyped one was probably meant to be, by edit distance. Every
 * suggestion berth makes (config keys, rule ids, compose keys, instruction keywords) comes from
 * here.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The candidate nearest to {@code typed}, ignoring case, when it is close enough to be a typo: at
   * most a third of the longer word's length, rounded up. Ties go to the alphabetically first.
   */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    return closest(typed, candidates, Integer.MAX_VALUE);
  }

  /** As {@link #closest(String, Collection)}, but never further than {@code maxDistance} edits. */
  public static Optional<String> closest(
      String typed, Collection<String> candidates, int maxDistance) {
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int allowed = Math.min(maxDistance, (Math.max(typed.length(), c.length()) + 2) / 3);
      String lower = c.toLowerCase(Locale.ROOT);
      if (Math.abs(t.length() - lower.length()) > allowed) {
        continue; // the distance is at least the difference in length
      }
      int d = distance(t, lower);
      if (d <= allowed && (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0))) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "; did you mean 'x'?"}, or nothing when no candidate is close. */
  public static String didYouMean(String typed, Collection<String> candidates) {
    return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /**
   * Edit distance where inserting, deleting or changing a character, or swapping two adjacent ones,
   * costs one (optimal string alignment).
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
