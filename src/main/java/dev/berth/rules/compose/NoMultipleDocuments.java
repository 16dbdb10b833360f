package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * A compose file should hold one YAML document. The check is part of the loader; this rule reports
 * what it found.
 */
@RuleInfo(
    id = ComposeProblemCodes.NO_MULTIPLE_DOCUMENTS,
    name = "no-multiple-documents",
    level = Level.WARNING,
    category = Category.SYNTAX,
    summary = "A compose file should hold one YAML document.")
public final class NoMultipleDocuments implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
