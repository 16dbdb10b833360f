package dev.berth.rules.project;

import dev.berth.api.ProjectContext;
import dev.berth.compose.project.ProjectProblem;

/** Reports the problems the project loader recorded under one rule id. */
final class ProjectProblems {
  private ProjectProblems() {}

  static void report(ProjectContext ctx, String code) {
    for (ProjectProblem p : ctx.project().problems()) {
      if (p.code().equals(code)) {
        ctx.report(p.file(), p.span(), p.message());
      }
    }
  }
}
