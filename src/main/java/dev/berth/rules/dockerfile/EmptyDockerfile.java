package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;
import java.util.List;

/**
 * A Dockerfile needs at least one instruction (the parser finds files without any) and a FROM (a
 * build-time error in BuildKit, checked here).
 */
@RuleInfo(
    id = ProblemCodes.EMPTY_DOCKERFILE,
    name = "empty-dockerfile",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "A Dockerfile needs at least one instruction, and a FROM.")
public final class EmptyDockerfile implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
    List<Instruction> all = ctx.model().instructions();
    if (!all.isEmpty() && all.stream().noneMatch(i -> i instanceof From)) {
      ctx.report(
          all.get(0).keyword().span(),
          "The Dockerfile has no FROM, so it has no stage to build; add a FROM before the first"
              + " instruction (berth lints the fragment as one stage)");
    }
  }
}
