package dev.berth.core;

import java.util.Comparator;
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

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingInt((Finding f) -> f.start().line())
          .thenComparingInt(f -> f.start().column())
          .thenComparing(Finding::code)
          .thenComparingInt(f -> f.span().end())
          .thenComparing(Finding::message);

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

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }
}
