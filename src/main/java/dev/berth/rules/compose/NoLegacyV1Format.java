package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * Services belong under a top-level services key (Compose v1 format is gone). The check is part of
 * the loader; this rule reports what it found.
 */
@RuleInfo(
    id = ComposeProblemCodes.NO_LEGACY_V1_FORMAT,
    name = "no-legacy-v1-format",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Services belong under a top-level services key (Compose v1 format is gone).")
public final class NoLegacyV1Format implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
