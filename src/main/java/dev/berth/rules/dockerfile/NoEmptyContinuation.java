package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;

/**
 * No blank line inside a continued instruction. The check itself is part of the parser; this rule
 * reports what the parser found.
 */
@RuleInfo(
    id = ProblemCodes.NO_EMPTY_CONTINUATION,
    name = "no-empty-continuation",
    level = Level.WARNING,
    category = Category.SYNTAX,
    summary = "No blank line inside a continued instruction.")
public final class NoEmptyContinuation implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
