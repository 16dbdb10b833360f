package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Reference;
import dev.berth.compose.model.Resource;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceNetwork;
import dev.berth.compose.model.VolumeMount;
import dev.berth.core.Level;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A top-level network, volume, secret, config or model that no service uses. Services of every
 * profile count, since some profile may enable them; external resources are left out, as they are
 * declared for other projects too. A file without services, and a file that adds to another (an
 * override, an included fragment), are skipped: their resources may serve the other file.
 */
@RuleInfo(
    id = "no-unused-resources",
    name = "no-unused-resources",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Remove top-level networks, volumes, secrets, configs and models no service uses.")
public final class NoUnusedResources implements ComposeRule, ProjectRule {
  @Override
  public void check(ComposeContext ctx) {
    StandaloneOnly.run(ctx, this::whenStandalone);
  }

  @Override
  public void check(ProjectContext ctx) {
    // after the merge, a resource may be used in another file of the project
    WholeProject.run(ctx, this::whenStandalone);
  }

  /** The findings, which count in a file that stands alone (see {@link StandaloneOnly}). */
  private void whenStandalone(ComposeContext ctx) {
    Project p = ctx.project();
    if (!p.has("services")) {
      return; // a fragment meant to be merged
    }
    Set<String> networks = new HashSet<>();
    Set<String> volumes = new HashSet<>();
    Set<String> secrets = new HashSet<>();
    Set<String> configs = new HashSet<>();
    Set<String> models = new HashSet<>();
    for (Service s : p.services()) {
      for (ServiceNetwork n : s.networks()) {
        networks.add(n.name().value());
      }
      s.build()
          .flatMap(b -> b.get("network"))
          .flatMap(ServiceNodes::scalar)
          .ifPresent(n -> networks.add(n.value()));
      for (VolumeMount m : s.volumes()) {
        if (m.isNamedVolume()) {
          volumes.add(m.source().get().value());
        }
      }
      addSources(secrets, s.secrets());
      s.build().ifPresent(b -> addSources(secrets, b.secrets()));
      addSources(configs, s.configs());
      ServiceNodes.map(s, "credential_spec")
          .flatMap(c -> c.get("config"))
          .flatMap(ServiceNodes::scalar)
          .ifPresent(c -> configs.add(c.value()));
      addSources(models, s.models());
    }
    report(ctx, "Network", p.networks(), networks);
    report(ctx, "Volume", p.volumes(), volumes);
    report(ctx, "Secret", p.secrets(), secrets);
    report(ctx, "Config", p.configs(), configs);
    report(ctx, "Model", p.models(), models);
  }

  private static void addSources(Set<String> out, List<Reference> refs) {
    for (Reference r : refs) {
      out.add(r.source().value());
    }
  }

  private static void report(
      ComposeContext ctx, String kind, Map<String, Resource> declared, Set<String> used) {
    for (Resource r : declared.values()) {
      if (r.external() || r.id().startsWith("x-") || used.contains(r.id())) {
        continue;
      }
      ctx.report(
          r.key(),
          r.key().site(),
          kind
              + " '"
              + r.id()
              + "' is declared but no service uses it; remove it, or add it to the service"
              + " that should use it");
    }
  }
}
