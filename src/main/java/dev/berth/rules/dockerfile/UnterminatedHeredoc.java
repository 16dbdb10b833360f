package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;

/**
 * Every heredoc needs its terminator line. The check itself is part of the parser; this rule
 * reports what the parser found.
 */
@RuleInfo(
    id = ProblemCodes.UNTERMINATED_HEREDOC,
    name = "unterminated-heredoc",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Every heredoc needs its terminator line.")
public final class UnterminatedHeredoc implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
