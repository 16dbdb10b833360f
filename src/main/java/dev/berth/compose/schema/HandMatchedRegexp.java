package dev.berth.compose.schema;

import java.util.Optional;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.everit.json.schema.regexp.Regexp;
import org.everit.json.schema.regexp.RegexpMatchingFailure;

/**
 * The simple patterns of berth's Compose schema, matched by a loop instead of RE2/J: the same
 * answer as RE2/J's {@code find} (everit's {@code RE2JRegexp}), for a fraction of the work on every
 * key of the mappings that have pattern properties. In RE2/J without flags, {@code ^} and {@code $}
 * are the start and the end of the whole text, and {@code .} is any character but {@code \n}.
 * Printed and hashed as everit's regexp of the same pattern.
 */
final class HandMatchedRegexp implements Regexp {
  /** What everit's RE2/J regexp answers for a text that does not match (its class is sealed). */
  private static final Optional<RegexpMatchingFailure> FAILURE =
      new RE2JRegexpFactory().createHandler("a").patternMatchingFailure("b");

  private enum Kind {
    /** {@code ^x-}: the text starts with {@code x-}. */
    EXTENSION,
    /** {@code ^[a-zA-Z0-9._-]+$}: one or more of those characters, nothing else. */
    NAME,
    /** {@code ^[a-z]+$}: one or more lower-case ASCII letters, nothing else. */
    LOWER,
    /** {@code ^.+$}: not empty, no {@code \n}. */
    ONE_LINE,
    /** {@code .+}: some character that is not {@code \n}. */
    NOT_ONLY_NEWLINES
  }

  private final Kind kind;
  private final String pattern;

  private HandMatchedRegexp(Kind kind, String pattern) {
    this.kind = kind;
    this.pattern = pattern;
  }

  /** The hand matcher of {@code pattern}, or null when it is not one of the simple patterns. */
  static Regexp of(String pattern) {
    Kind kind;
    switch (pattern) {
      case "^x-":
        kind = Kind.EXTENSION;
        break;
      case "^[a-zA-Z0-9._-]+$":
        kind = Kind.NAME;
        break;
      case "^[a-z]+$":
        kind = Kind.LOWER;
        break;
      case "^.+$":
        kind = Kind.ONE_LINE;
        break;
      case ".+":
        kind = Kind.NOT_ONLY_NEWLINES;
        break;
      default:
        return null;
    }
    return new HandMatchedRegexp(kind, pattern);
  }

  @Override
  public Optional<RegexpMatchingFailure> patternMatchingFailure(String input) {
    return matches(input) ? Optional.empty() : FAILURE;
  }

  boolean matches(String s) {
    int n = s.length();
    switch (kind) {
      case EXTENSION:
        return s.startsWith("x-");
      case NOT_ONLY_NEWLINES:
        for (int i = 0; i < n; i++) {
          if (s.charAt(i) != '\n') {
            return true;
          }
        }
        return false;
      default:
        if (n == 0) {
          return false;
        }
        for (int i = 0; i < n; i++) {
          if (!allowed(s.charAt(i))) {
            return false;
          }
        }
        return true;
    }
  }

  /** For the anchored patterns: whether every character may be this one. */
  private boolean allowed(char c) {
    switch (kind) {
      case NAME:
        return (c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || c == '.'
            || c == '_'
            || c == '-';
      case LOWER:
        return c >= 'a' && c <= 'z';
      default: // ONE_LINE
        return c != '\n';
    }
  }

  @Override
  public String toString() {
    return pattern;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HandMatchedRegexp h && pattern.equals(h.pattern);
  }

  /**
   * The hash of everit's RE2/J regexp of the same pattern ({@code Objects.hash} of an RE2/J pattern
   * without flags): everit orders the alternatives of a combined schema by their hashes, which
   * include those of their pattern properties, so the schema is checked in the same order.
   */
  @Override
  public int hashCode() {
    return 31 + pattern.hashCode() * 31;
  }
}
