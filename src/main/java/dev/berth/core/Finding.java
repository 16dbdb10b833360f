package dev.berth.core;

import java.util.Optional;

/**
 * One reported problem: where (file, span and the positions derived from it, end inclusive), what
 * (rule id, level, message) and, when the rule can repair it, how ({@code fix}).
 */
public record Finding(
    String file,
    Span span,
    Position start,
    Position end,
    String code,
    Level level,
    String message,
    Optional<Fix> fix)
    implements Comparable<Finding> {

  /** A finding at a span of a source, positions derived from the source. */
  public static Finding at(
      SourceText source, Span span, String code, Level level, String message, Optional<Fix> fix) {
    return new Finding(
        source.name(),
        span,
        source.start(span),
        source.endInclusive(span),
        code,
        level,
        message,
        fix);
  }

  public Finding withLevel(Level newLevel) {
    return new Finding(file, span, start, end, code, newLevel, message, fix);
  }

  /**
   * By file, start line, start column, code, span end, message. Written out rather than a chain of
   * {@code Comparator.comparing} lambdas, which would cost every run a bootstrap per lambda.
   */
  @Override
  public int compareTo(Finding o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = Integer.compare(start.line(), o.start.line());
    }
    if (c == 0) {
      c = Integer.compare(start.column(), o.start.column());
    }
    if (c == 0) {
      c = code.compareTo(o.code);
    }
    if (c == 0) {
      c = Integer.compare(span.end(), o.span.end());
    }
    if (c == 0) {
      c = message.compareTo(o.message);
    }
    return c;
  }
}
