package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;

/**
 * The Dockerfile must be parseable. The check itself is part of the parser; this rule reports what
 * the parser found.
 */
@RuleInfo(
    id = ProblemCodes.PARSE_ERROR,
    name = "parse-error",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "The Dockerfile must be parseable.")
public final class ParseError implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
