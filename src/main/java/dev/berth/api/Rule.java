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
}
