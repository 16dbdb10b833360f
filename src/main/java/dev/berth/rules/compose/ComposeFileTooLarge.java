package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * Compose files larger than the size limit are not linted. The runner checks the size before
 * reading; this rule reports it.
 */
@RuleInfo(
    id = ComposeProblemCodes.FILE_TOO_LARGE,
    name = "file-too-large",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Compose files larger than the size limit are not linted.")
public final class ComposeFileTooLarge implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
