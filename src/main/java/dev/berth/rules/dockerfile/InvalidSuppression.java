package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.rules.RecordedProblems;

/**
 * Suppression comments must name known rules and be well formed. The engine's suppression layer
 * reads the pragmas and records what is wrong with them as problems of the file; this rule reports
 * them.
 */
@RuleInfo(
    id = "InvalidSuppression",
    name = "invalid-suppression-comment",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Suppression comments must name known rules and be well formed.")
public final class InvalidSuppression implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
