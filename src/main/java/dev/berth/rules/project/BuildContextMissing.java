package dev.berth.rules.project;

import dev.berth.api.Category;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Node;
import dev.berth.compose.project.ProjectService;
import dev.berth.compose.project.ServiceBuild;
import dev.berth.core.Level;
import java.nio.file.Path;

/**
 * A service builds from a context folder that does not exist, or from a Dockerfile that is not in
 * it: {@code docker compose build} fails. Remote contexts (git, URLs) are not checked.
 */
@RuleInfo(
    id = "build-context-exists",
    name = "build-context-exists",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "A service's build context folder and its Dockerfile must exist.")
public final class BuildContextMissing implements ProjectRule {
  @Override
  public void check(ProjectContext ctx) {
    for (ProjectService s : ctx.project().services()) {
      if (s.build().isEmpty()) {
        continue;
      }
      ServiceBuild b = s.build().get();
      if (b.status() == ServiceBuild.Status.NO_CONTEXT) {
        Node at = b.contextNode().<Node>map(n -> n).orElse(b.node());
        ctx.report(
            at,
            "The build context `"
                + b.context()
                + "` of service `"
                + s.name()
                + "` does not exist"
                + b.contextDirectory()
                    .map(d -> shown(ctx, d))
                    .filter(d -> !d.equals(b.context()) && !d.equals("./" + b.context()))
                    .map(d -> " (" + d + ")")
                    .orElse("")
                + "; `docker compose build` fails. Fix the path: it is relative to the project"
                + " folder.");
      } else if (b.status() == ServiceBuild.Status.NO_DOCKERFILE) {
        Node at =
            b.dockerfileNode()
                .<Node>map(n -> n)
                .or(() -> b.contextNode().map(n -> n))
                .orElse(b.node());
        ctx.report(
            at,
            "Service `"
                + s.name()
                + "` builds `"
                + b.dockerfile()
                + "`, but there is no such file in its build context `"
                + b.context()
                + "`; `docker compose build` fails. Fix `dockerfile:` (it is relative to the"
                + " context) or add the file.");
      }
    }
  }

  /** A folder as the report shows it: relative to the project folder when it is inside it. */
  static String shown(ProjectContext ctx, Path dir) {
    Path project = ctx.project().directory();
    return dir.startsWith(project) ? "./" + project.relativize(dir) : dir.toString();
  }
}
