package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Reference;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;

/**
 * A config a service uses (in {@code configs} or as {@code credential_spec.config}) that the file
 * does not declare at the top level.
 */
@RuleInfo(
    id = "no-undefined-configs",
    name = "no-undefined-configs",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Every config a service uses must be declared under the top-level configs.")
public final class NoUndefinedConfigs implements ComposeRule, ProjectRule {
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
    String hint = " with a file, environment or content source";
    for (Service s : p.services()) {
      for (Reference r : s.configs()) {
        References.undeclared(ctx, s, r.node(), r.source(), "configs", "config", p.configs(), hint);
      }
      s.get("credential_spec")
          .filter(MapNode.class::isInstance)
          .flatMap(c -> ((MapNode) c).get("config"))
          .filter(ScalarNode.class::isInstance)
          .map(c -> (ScalarNode) c)
          .filter(c -> !c.isNull())
          .ifPresent(
              c ->
                  References.undeclared(
                      ctx,
                      s,
                      c,
                      new SpannedText(c.value(), c.span()),
                      "configs",
                      "config",
                      p.configs(),
                      hint));
    }
  }
}
