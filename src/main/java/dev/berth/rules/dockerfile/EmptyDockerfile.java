package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;

/** A Dockerfile needs at least one instruction. The check itself is part of the parser; this rule reports what the parser found. */
@RuleInfo(
    id = ProblemCodes.EMPTY_DOCKERFILE,
    name = "empty-dockerfile",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "A Dockerfile needs at least one instruction.")
public final class EmptyDockerfile implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    ParserProblems.report(ctx, meta().id());
  }
}
