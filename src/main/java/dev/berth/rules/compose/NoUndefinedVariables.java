package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * Variables used without a default should be set. The check is part of interpolation; this rule
 * reports what it found.
 */
@RuleInfo(
    id = ComposeProblemCodes.NO_UNDEFINED_VARIABLES,
    name = "no-undefined-variables",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Variables used without a default should be set.")
public final class NoUndefinedVariables implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
