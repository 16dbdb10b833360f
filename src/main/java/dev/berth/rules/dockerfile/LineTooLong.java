package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;

/**
 * BuildKit refuses lines longer than 65535 bytes. The check itself is part of the parser; this rule
 * reports what the parser found.
 */
@RuleInfo(
    id = ProblemCodes.LINE_TOO_LONG,
    name = "line-too-long",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "BuildKit refuses lines longer than 65535 bytes.")
public final class LineTooLong implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
