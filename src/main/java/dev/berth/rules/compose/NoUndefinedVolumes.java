package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.compose.model.VolumeMount;
import dev.berth.core.Level;

/**
 * A named volume a service mounts that the file does not declare at the top level; bind mounts and
 * anonymous volumes need no declaration. A name that looks like a path (it has a {@code /} or a
 * dot) was probably meant as a bind mount missing its {@code ./}.
 */
@RuleInfo(
    id = "no-undefined-volumes",
    name = "no-undefined-volumes",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Every named volume a service mounts must be declared under the top-level volumes.")
public final class NoUndefinedVolumes implements ComposeRule, ProjectRule {
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
      for (VolumeMount m : s.volumes()) {
        if (!m.isNamedVolume()) {
          continue;
        }
        SpannedText source = m.source().get();
        String v = source.value();
        String hint =
            !m.longSyntax() && (v.contains("/") || v.contains("."))
                ? ", or write ./" + v + " to mount the folder beside the compose file"
                : " (volumes: {" + v + ": {}})";
        References.undeclared(ctx, s, m.node(), source, "volumes", "volume", p.volumes(), hint);
      }
    }
  }
}
