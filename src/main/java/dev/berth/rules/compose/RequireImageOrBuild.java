package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;

/**
 * A service with neither {@code image}, {@code build}, {@code extends} nor {@code provider}:
 * Compose has nothing to run. Not reported in a file that adds to another one (see {@link
 * Project#standalone()}), where the other file may give the image.
 */
@RuleInfo(
    id = "require-image-or-build",
    name = "require-image-or-build",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Every service needs an image or a build.")
public final class RequireImageOrBuild implements ComposeRule, ProjectRule {
  @Override
  public void check(ComposeContext ctx) {
    StandaloneOnly.run(ctx, this::whenStandalone);
  }

  @Override
  public void check(ProjectContext ctx) {
    // after the merge, another file of the project may give the service its image
    WholeProject.run(ctx, this::whenStandalone);
  }

  /** The findings, which count in a file that stands alone (see {@link StandaloneOnly}). */
  private void whenStandalone(ComposeContext ctx) {
    Project p = ctx.project();
    for (Service s : p.services()) {
      if (!s.definesImage()) {
        ctx.report(
            s.key(),
            s.name().span(),
            "service '"
                + s.name().value()
                + "' has neither an image nor a build, so Compose has nothing to run; add"
                + " image: NAME:TAG or build: ./DIR");
      }
    }
  }
}
