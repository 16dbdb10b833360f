package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * Inline ignore pragmas should not be used. The engine's suppression layer finds them (and records
 * each as a problem of the file, whether or not pragmas are honoured); this rule reports them.
 */
@RuleInfo(
    id = "DL1001",
    name = "no-inline-ignore-pragma",
    level = Level.INFO,
    category = Category.STYLE,
    enabledByDefault = false,
    summary = "Do not silence findings with inline ignore pragmas.")
public final class InlineIgnorePragma implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
