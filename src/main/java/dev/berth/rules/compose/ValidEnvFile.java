package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * The .env file must follow Compose's syntax. The check is part of the .env reader; this rule
 * reports what it found.
 */
@RuleInfo(
    id = ComposeProblemCodes.VALID_ENV_FILE,
    name = "valid-env-file",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "The .env file must follow Compose's syntax.")
public final class ValidEnvFile implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
