package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceNetwork;
import dev.berth.core.Level;

/**
 * A service attached to a network the file does not declare at the top level (the implicit {@code
 * default} network is always declared). Compose refuses the file.
 */
@RuleInfo(
    id = "no-undefined-networks",
    name = "no-undefined-networks",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Every network a service joins must be declared under the top-level networks.")
public final class NoUndefinedNetworks implements ComposeRule, ProjectRule {
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
      for (ServiceNetwork n : s.networks()) {
        if (!n.implicit() && !p.declaresNetwork(n.name().value())) {
          References.undeclared(
              ctx,
              s,
              n.node(),
              n.name(),
              "networks",
              "network",
              p.networks(),
              " (networks: {NAME: {}})");
        }
      }
    }
  }
}
