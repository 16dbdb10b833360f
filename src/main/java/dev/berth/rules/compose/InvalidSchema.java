package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * Values must have the type and form the Compose Specification allows. The check is berth's Compose
 * schema, applied by the validator; this rule reports its violations.
 */
@RuleInfo(
    id = ComposeProblemCodes.INVALID_SCHEMA,
    name = "invalid-schema",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Values must have the type and form the Compose Specification allows.")
public final class InvalidSchema implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
