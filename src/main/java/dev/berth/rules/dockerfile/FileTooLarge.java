package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;

/**
 * Files larger than the size limit are not linted. The check itself is part of the parser; this
 * rule reports what the parser found.
 */
@RuleInfo(
    id = ProblemCodes.FILE_TOO_LARGE,
    name = "file-too-large",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Files larger than the size limit are not linted.")
public final class FileTooLarge implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
