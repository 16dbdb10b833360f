package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * Keys must be ones the Compose Specification knows at that place. The check is berth's Compose
 * schema, applied by the validator; this rule reports its violations.
 */
@RuleInfo(
    id = ComposeProblemCodes.NO_UNKNOWN_PROPERTY,
    name = "no-unknown-property",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Keys must be ones the Compose Specification knows at that place.")
public final class NoUnknownProperty implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
