package dev.berth.rules.project;

import dev.berth.api.Category;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.project.ProjectProblem;
import dev.berth.core.Level;

/** {@code !reset} or {@code !override} in the main compose file, where it overrides nothing. */
@RuleInfo(
    id = ProjectProblem.RESET_IN_BASE,
    name = "no-reset-in-base-file",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "!reset and !override belong in override files; in the main file they do nothing.")
public final class ResetInBaseFile implements ProjectRule {
  @Override
  public void check(ProjectContext ctx) {
    ProjectProblems.report(ctx, ProjectProblem.RESET_IN_BASE);
  }
}
