package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * YAML aliases must not refer to themselves or expand without bound. The check is part of the
 * loader; this rule reports what it found.
 */
@RuleInfo(
    id = ComposeProblemCodes.NO_YAML_ALIAS_CYCLE,
    name = "no-yaml-alias-cycle",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "YAML aliases must not refer to themselves or expand without bound.")
public final class NoYamlAliasCycle implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
