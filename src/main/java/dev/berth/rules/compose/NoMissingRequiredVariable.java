package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * Variables marked required with :? or ? must be set. The check is part of interpolation; this rule
 * reports what it found.
 */
@RuleInfo(
    id = ComposeProblemCodes.NO_MISSING_REQUIRED_VARIABLE,
    name = "no-missing-required-variable",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Variables marked required with :? or ? must be set.")
public final class NoMissingRequiredVariable implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
