package dev.berth.rules.project;

import dev.berth.api.Category;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.project.ProjectProblem;
import dev.berth.core.Level;

/**
 * An {@code include} whose path or env file does not exist, or that includes a file already being
 * included (a cycle); a resource an included project defines under a name the including project
 * uses too is reported under the further code {@code include-resource-clash} as a warning.
 */
@RuleInfo(
    id = ProjectProblem.INCLUDE,
    name = "include-target-valid",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    codes = IncludeTargetInvalid.CLASH,
    summary = "Included files and env files must exist, without cycles or name clashes.")
public final class IncludeTargetInvalid implements ProjectRule {
  static final String CLASH = "include-resource-clash";

  @Override
  public void check(ProjectContext ctx) {
    for (ProjectProblem p : ctx.project().problems()) {
      if (!p.code().equals(ProjectProblem.INCLUDE)) {
        continue;
      }
      if (p.level() == Level.WARNING) {
        ctx.report(CLASH, Level.WARNING, p.file(), p.span(), p.message());
      } else {
        ctx.report(p.file(), p.span(), p.message());
      }
    }
  }
}
