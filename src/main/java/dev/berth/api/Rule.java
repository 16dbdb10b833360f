package dev.berth.api;

/**
 * A check. A rule class is final and stateless, implements exactly one of {@link DockerfileRule},
 * {@link ComposeRule} or {@link ProjectRule}, and carries {@link RuleInfo}. It reports spans and
 * messages through its context; the engine attaches ids, levels and suppressions.
 */
public interface Rule {
  default RuleMeta meta() {
    return RuleMeta.of(getClass());
  }

  /**
   * False when the rule cannot run with these settings, because an external program it needs is not
   * configured; the engine then treats it as a rule that did not run.
   */
  default boolean runsWith(LintSettings settings) {
    return true;
  }
}
