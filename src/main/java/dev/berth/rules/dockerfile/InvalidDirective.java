package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;

/**
 * Parser directives must be valid and appear once. The check itself is part of the parser; this
 * rule reports what the parser found.
 */
@RuleInfo(
    id = ProblemCodes.INVALID_DIRECTIVE,
    name = "invalid-directive",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Parser directives must be valid and appear once.")
public final class InvalidDirective implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
