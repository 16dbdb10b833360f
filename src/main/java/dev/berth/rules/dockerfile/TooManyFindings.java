package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LimitCodes;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A file's findings are cut at the per-file limit. Which findings are dropped is known only after
 * every rule ran and suppressions applied, so the engine reports this finding itself when this rule
 * is on; {@link #check} has nothing to do.
 */
@RuleInfo(
    id = LimitCodes.TOO_MANY_FINDINGS,
    name = "too-many-findings-in-dockerfile",
    level = Level.INFO,
    category = Category.CORRECTNESS,
    summary = "A Dockerfile has more findings than berth reports for one file.")
public final class TooManyFindings implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    // Reported by the engine after the findings were sorted (see the class comment).
  }
}
