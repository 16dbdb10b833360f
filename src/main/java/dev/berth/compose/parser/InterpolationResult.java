package dev.berth.compose.parser;

import java.util.List;

/** The value of a template after interpolation, and what was wrong on the way. */
public record InterpolationResult(String value, List<InterpolationIssue> issues) {
  public InterpolationResult {
    issues = List.copyOf(issues);
  }

  public boolean hasSyntaxErrors() {
    return issues.stream().anyMatch(i -> i.kind() == InterpolationIssue.Kind.SYNTAX);
  }
}
