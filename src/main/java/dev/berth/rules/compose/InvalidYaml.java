package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * A compose file must be YAML that Compose can read. The check is part of the loader; this rule
 * reports what it found.
 */
@RuleInfo(
    id = ComposeProblemCodes.INVALID_YAML,
    name = "invalid-yaml",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "A compose file must be YAML that Compose can read.")
public final class InvalidYaml implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
