package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * Variable references must be well formed. The check is part of interpolation; this rule reports
 * what it found.
 */
@RuleInfo(
    id = ComposeProblemCodes.VALID_INTERPOLATION,
    name = "valid-interpolation",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Variable references must be well formed.")
public final class ValidInterpolation implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
