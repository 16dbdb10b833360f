package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Problem;

/**
 * Suppression comments in a compose file must name known rules, be well formed and sit where they
 * apply. The engine's suppression layer reads the comments and records what is wrong with them as
 * problems of the loaded file; this rule reports them.
 */
@RuleInfo(
    id = "invalid-suppression",
    name = "invalid-suppression",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary =
        "Suppression comments must name known rules, be well formed and sit where they apply.")
public final class ComposeInvalidSuppression implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Problem p : ctx.model().problems()) {
      if (p.code().equals(meta().id())) {
        ctx.report(p.span(), p.message());
      }
    }
  }
}
