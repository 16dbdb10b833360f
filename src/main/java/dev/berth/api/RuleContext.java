package dev.berth.api;

import dev.berth.core.Fix;
import dev.berth.core.SourceText;
import dev.berth.core.Span;

/** What a rule sees of the file it checks, and how it reports. */
public interface RuleContext {
  SourceText source();

  RuleOptions options();

  LintSettings settings();

  /** Reports a finding at {@code span} of the checked file. */
  void report(Span span, String message);

  /** Reports a finding with a fix. */
  void report(Span span, String message, Fix fix);
}
