package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Reference;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;

/** A model a service uses that the file does not declare under the top-level {@code models}. */
@RuleInfo(
    id = "no-undefined-models",
    name = "no-undefined-models",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Every model a service uses must be declared under the top-level models.")
public final class NoUndefinedModels implements ComposeRule, ProjectRule {
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
    for (Service s : p.services()) {
      for (Reference r : s.models()) {
        References.undeclared(
            ctx,
            s,
            r.node(),
            r.source(),
            "models",
            "model",
            p.models(),
            " with the model it runs (model:)");
      }
    }
  }
}
