package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;

/**
 * ENV and LABEL in the legacy key-value form need a value. The check itself is part of the parser;
 * this rule reports what the parser found.
 */
@RuleInfo(
    id = ProblemCodes.INVALID_ARGUMENT_COUNT,
    name = "invalid-argument-count",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "ENV and LABEL in the legacy key-value form need a value.")
public final class InvalidArgumentCount implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
