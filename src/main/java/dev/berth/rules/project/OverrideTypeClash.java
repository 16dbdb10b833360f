package dev.berth.rules.project;

import dev.berth.api.Category;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.project.ProjectProblem;
import dev.berth.core.Level;

/**
 * A value that one file of a project writes as a mapping and another as a sequence (or the
 * reverse): Compose cannot merge them and refuses the project.
 */
@RuleInfo(
    id = ProjectProblem.TYPE_CLASH,
    name = "no-override-type-clash",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "An override must give a value of the same kind as the file it overrides.")
public final class OverrideTypeClash implements ProjectRule {
  @Override
  public void check(ProjectContext ctx) {
    ProjectProblems.report(ctx, ProjectProblem.TYPE_CLASH);
  }
}
