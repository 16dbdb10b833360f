package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Build;
import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.ListOrMapEntry;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;

/**
 * A service that names another service the file does not define: in {@code depends_on} (unless
 * {@code required: false}), {@code links}, {@code volumes_from}, a {@code service:x} value of
 * {@code network_mode}, {@code ipc}, {@code pid}, {@code uts} or {@code cgroup}, or a {@code
 * service:x} build context in {@code additional_contexts} (which must also be a service that
 * builds). The message names the field, where compose-go would say {@code depends_on}.
 */
@RuleInfo(
    id = "no-undefined-dependencies",
    name = "no-undefined-dependencies",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Services named in depends_on, links, volumes_from and service:x must exist.")
public final class NoUndefinedDependencies implements ComposeRule, ProjectRule {
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
      for (Dependency d : s.dependencies()) {
        if (d.required()
            && p.service(d.service().value()).isEmpty()
            && !p.hasUnsetVariable(d.service().span())) {
          report(ctx, p, s, d.node(), d.service(), d.via().key());
        }
      }
      List<ListOrMapEntry> contexts = s.build().map(Build::additionalContexts).orElse(List.of());
      for (ListOrMapEntry c : contexts) {
        Optional<SpannedText> v = c.value().filter(t -> t.value().startsWith("service:"));
        if (v.isEmpty()) {
          continue;
        }
        String name = v.get().value().substring("service:".length());
        Optional<Service> target = p.service(name);
        SpannedText where = new SpannedText(name, v.get().span());
        if (target.isEmpty()) {
          report(ctx, p, s, c.node(), where, "build.additional_contexts");
        } else if (target.get().build().isEmpty()) {
          ctx.report(
              c.node(),
              v.get().span(),
              "build context '"
                  + c.key().value()
                  + "' of service '"
                  + s.name().value()
                  + "' is service '"
                  + name
                  + "', which has no build; give that service a build or use an image context"
                  + " (docker-image://IMAGE)");
        }
      }
    }
  }

  private static void report(
      ComposeContext ctx, Project p, Service s, Node node, SpannedText target, String field) {
    ctx.report(
        node,
        target.span(),
        "service '"
            + s.name().value()
            + "' names service '"
            + target.value()
            + "' in "
            + field
            + ", but no such service is defined"
            + References.didYouMean(target.value(), p.serviceMap().keySet())
            + "; define it or fix the name");
  }
}
