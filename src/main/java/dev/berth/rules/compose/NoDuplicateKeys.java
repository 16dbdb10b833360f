package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * A mapping must not have the same key twice. The check is part of the loader; this rule reports
 * what it found.
 */
@RuleInfo(
    id = ComposeProblemCodes.NO_DUPLICATE_KEYS,
    name = "no-duplicate-keys",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "A mapping must not have the same key twice.")
public final class NoDuplicateKeys implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
