package dev.berth.compose.parser;

/**
 * Something wrong with one {@code $} expression of a value. {@code start} and {@code end} are char
 * indices into the text that was interpolated (half-open), covering the whole expression. {@code
 * variable} is the variable's name, empty for a syntax error without a valid name.
 */
public record InterpolationIssue(Kind kind, int start, int end, String variable, String message) {

  /** What kind of issue it is. */
  public enum Kind {
    /** A malformed expression, such as {@code ${}}, {@code ${1A}} or an unclosed {@code ${}. */
    SYNTAX,
    /** A variable without a default that is not set; Compose substitutes an empty string. */
    UNSET_VARIABLE,
    /** {@code ${VAR:?msg}} or {@code ${VAR?msg}} whose variable is missing; Compose refuses it. */
    REQUIRED_VARIABLE_MISSING
  }
}
