package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * Suppressions should suppress something. Whether one did is known only after every other rule ran
 * and the suppressions were applied, so the engine reports these findings itself when this rule is
 * on; {@link #check} has nothing to do.
 */
@RuleInfo(
    id = "UnusedSuppression",
    name = "unused-suppression",
    level = Level.INFO,
    category = Category.STYLE,
    enabledByDefault = false,
    summary = "Suppression comments should suppress a finding.")
public final class UnusedSuppression implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    // Reported by the engine after the suppressions were applied (see the class comment).
  }
}
