package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Build;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Reference;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;

/** A secret a service or its build uses that the file does not declare at the top level. */
@RuleInfo(
    id = "no-undefined-secrets",
    name = "no-undefined-secrets",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Every secret a service or build uses must be declared under the top-level secrets.")
public final class NoUndefinedSecrets implements ComposeRule, ProjectRule {
  @Override
  public void check(ComposeContext ctx) {
    StandaloneOnly.run(ctx, this::whenStandalone);
  }

  @Override
  public void check(ProjectContext ctx) {
    // after the merge, the names a file uses may be declared in another file of the project
    WholeProject.run(ctx, this::whenStandalone);
  }

  /** The findings, which count in a file that stands alone (see {@link StandaloneOnly}). */
  private void whenStandalone(ComposeContext ctx) {
    Project p = ctx.project();
    String hint = " with a file or environment source";
    for (Service s : p.services()) {
      for (Reference r : s.secrets()) {
        References.undeclared(ctx, s, r.node(), r.source(), "secrets", "secret", p.secrets(), hint);
      }
      for (Reference r : s.build().map(Build::secrets).orElse(java.util.List.of())) {
        References.undeclared(
            ctx, s, r.node(), r.source(), "secrets", "build secret", p.secrets(), hint);
      }
    }
  }
}
