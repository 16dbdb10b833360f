package dev.berth.compose.project;

import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;

/**
 * A problem found while assembling a project (an {@code extends} or {@code include} that cannot be
 * followed, a merge that Compose refuses), at the place in the file where it is written. {@code
 * code} is the id of the rule that reports it.
 */
public record ProjectProblem(String code, Level level, SourceText file, Span span, String message) {
  /** Code: an {@code extends} whose file or service is missing, or a cycle of extends. */
  public static final String EXTENDS = "extends-target-exists";

  /** Code: an {@code include} whose path or env file is missing, a cycle, a name clash. */
  public static final String INCLUDE = "include-target-valid";

  /** Code: {@code !reset} or {@code !override} in a file that overrides nothing. */
  public static final String RESET_IN_BASE = "no-reset-in-base-file";

  /** Code: a value of one kind in one file overridden by one of another kind in another. */
  public static final String TYPE_CLASH = "no-override-type-clash";

  // Written out: a record's own equals and hashCode bootstrap on first use, which costs a cold
  // JVM more than the comparisons themselves (problems are deduplicated in a set on every run).
  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectProblem p
        && code.equals(p.code)
        && level == p.level
        && file.equals(p.file)
        && span.equals(p.span)
        && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(code, level, file, span, message);
  }
}
