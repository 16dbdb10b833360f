package dev.berth.core;

import java.util.Objects;

/**
 * Something a parser or loader found wrong with a file: a syntax error the tool that consumes the
 * file would refuse (level error) or a warning. {@code code} is the id of the rule that reports it.
 */
public record Problem(String code, Level level, Span span, String message) {
  // equals and hashCode written out (as the record's would be): every compose file's problems are
  // put in a set, and a record's generated ones cost a cold JVM a bootstrap.
  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p
        && Objects.equals(code, p.code)
        && level == p.level
        && Objects.equals(span, p.span)
        && Objects.equals(message, p.message);
  }

  @Override
  public int hashCode() {
    return ((Objects.hashCode(code) * 31 + Objects.hashCode(level)) * 31 + Objects.hashCode(span))
            * 31
        + Objects.hashCode(message);
  }
}
