package dev.berth.rules.project;

import dev.berth.api.Category;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.project.ProjectProblem;
import dev.berth.core.Level;

/** An {@code extends} whose file or service does not exist, or a cycle of extends. */
@RuleInfo(
    id = ProjectProblem.EXTENDS,
    name = "extends-target-exists",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "The file and service an extends names must exist, without cycles.")
public final class ExtendsTargetMissing implements ProjectRule {
  @Override
  public void check(ProjectContext ctx) {
    ProjectProblems.report(ctx, ProjectProblem.EXTENDS);
  }
}
