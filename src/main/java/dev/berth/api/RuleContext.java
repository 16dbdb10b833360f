package dev.berth.api;

import dev.berth.core.Fix;
import dev.berth.core.Level;
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

  /**
   * Reports a finding under one of the rule's further codes ({@link RuleInfo#codes()}), with the
   * level the finding has unless configuration overrides it. Configuration and suppressions may
   * name the code itself or the rule; a code the rule does not declare is a programming error.
   */
  void report(String code, Level level, Span span, String message);
}
