package dev.berth.rules.dockerfile;

import java.util.function.IntUnaryOperator;

/**
 * Letter case as BuildKit's casing checks see it: a word is lower case when lower-casing it changes
 * nothing, upper case when upper-casing it changes nothing (so a word without letters is both), and
 * mixed otherwise. Case is mapped code point by code point, as Go's {@code strings.ToLower} and
 * {@code strings.ToUpper} do.
 */
final class Casing {
  private Casing() {}

  static String lower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(c)));
    return sb.toString();
  }

  static String upper(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.toUpperCase(c)));
    return sb.toString();
  }

  /** Whether lower-casing {@code s} changes nothing. */
  static boolean isLower(String s) {
    return unchanged(s, Character::toLowerCase);
  }

  /** Whether upper-casing {@code s} changes nothing. */
  static boolean isUpper(String s) {
    return unchanged(s, Character::toUpperCase);
  }

  /** Whether {@code map} keeps every code point of {@code s} (without building the mapped text). */
  private static boolean unchanged(String s, IntUnaryOperator map) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (map.applyAsInt(c) != c) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Whether {@code s} is in lower case when {@code lower}, else whether it is in upper case. */
  static boolean isIn(String s, boolean lower) {
    return lower ? isLower(s) : isUpper(s);
  }

  /** {@code s} in lower case when {@code toLower}, else in upper case. */
  static String recase(String s, boolean toLower) {
    return toLower ? lower(s) : upper(s);
  }

  static String name(boolean lower) {
    return lower ? "lowercase" : "uppercase";
  }
}
