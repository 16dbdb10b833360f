package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;

/**
 * A Dockerfile should be valid UTF-8. The check itself is part of the parser; this rule reports
 * what the parser found.
 */
@RuleInfo(
    id = ProblemCodes.INVALID_UTF8,
    name = "invalid-utf8",
    level = Level.WARNING,
    category = Category.SYNTAX,
    summary = "A Dockerfile should be valid UTF-8.")
public final class InvalidUtf8 implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
