package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.LimitCodes;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A file's findings are cut at the per-file limit. Which findings are dropped is known only after
 * every rule ran and suppressions applied, so the engine reports this finding itself when this rule
 * is on; {@link #check} has nothing to do.
 */
@RuleInfo(
    id = LimitCodes.COMPOSE_TOO_MANY_FINDINGS,
    name = "too-many-findings",
    level = Level.INFO,
    category = Category.CORRECTNESS,
    summary = "A compose file has more findings than berth reports for one file.")
public final class ComposeTooManyFindings implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    // Reported by the engine after the findings were sorted (see the class comment).
  }
}
