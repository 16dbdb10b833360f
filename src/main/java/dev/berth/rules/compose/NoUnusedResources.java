package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A top-level network, volume, secret, config or model that no service uses. Services of every
 * profile count, since some profile may enable them; external resources are left out, as they are
 * declared for other projects too. A file without services (a fragment for merging) is skipped.
 */
@RuleInfo(
    id = "no-unused-resources",
    name = "no-unused-resources",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Remove top-level networks, volumes, secrets, configs and models no service uses.")
public final class NoUnusedResources implements ComposeRule {
  private static final Map<String, String> SINGULAR =
      Map.of(
          "networks", "Network",
          "volumes", "Volume",
          "secrets", "Secret",
          "configs", "Config",
          "models", "Model");

  @Override
  public void check(ComposeContext ctx) {
    if (ServiceNodes.topLevel(ctx, "services").isEmpty()) {
      return;
    }
    List<ServiceNodes.Service> services = ServiceNodes.services(ctx);
    for (String kind : List.of("networks", "volumes", "secrets", "configs", "models")) {
      Optional<MapNode> declared = ServiceNodes.topLevel(ctx, kind);
      if (declared.isEmpty()) {
        continue;
      }
      Set<String> used = new HashSet<>();
      for (ServiceNodes.Service s : services) {
        used.addAll(uses(s, kind));
      }
      for (MapNode.Entry e : declared.get().entries()) {
        String name = e.key().value();
        if (name.startsWith("x-") || used.contains(name) || external(e.value())) {
          continue;
        }
        ctx.report(
            e.key().site(),
            SINGULAR.get(kind)
                + " '"
                + name
                + "' is declared but no service uses it; remove it, or add it to the service"
                + " that should use it");
      }
    }
  }

  private static boolean external(Node resource) {
    Optional<Node> external = ServiceNodes.map(resource).flatMap(m -> m.get("external"));
    return external.isPresent()
        && (external.get() instanceof MapNode || ServiceNodes.isTrue(external.get()));
  }

  /** The names of resources of one kind a service refers to. */
  private static Set<String> uses(ServiceNodes.Service s, String kind) {
    Set<String> out = new HashSet<>();
    switch (kind) {
      case "networks" -> {
        s.get("networks").ifPresent(n -> addNames(out, n));
        if (!s.has("networks") && !s.has("network_mode")) {
          out.add("default");
        }
        s.map("build")
            .flatMap(b -> b.get("network"))
            .flatMap(ServiceNodes::scalar)
            .ifPresent(n -> out.add(n.value().trim()));
      }
      case "volumes" -> {
        for (Mounts.Mount m : Mounts.of(s)) {
          if (m.type().equals("volume") && !m.source().isEmpty()) {
            out.add(m.source());
          }
        }
      }
      case "secrets" -> {
        s.get("secrets").ifPresent(n -> addSources(out, n));
        s.map("build").flatMap(b -> b.get("secrets")).ifPresent(n -> addSources(out, n));
      }
      case "configs" -> {
        s.get("configs").ifPresent(n -> addSources(out, n));
        s.map("credential_spec")
            .flatMap(c -> c.get("config"))
            .flatMap(ServiceNodes::scalar)
            .ifPresent(c -> out.add(c.value().trim()));
      }
      default -> s.get("models").ifPresent(n -> addNames(out, n));
    }
    return out;
  }

  private static void addNames(Set<String> out, Node n) {
    for (ScalarNode name : ServiceNodes.names(n)) {
      out.add(name.value().trim());
    }
  }

  /** Short-syntax names and long-syntax {@code source}s of secrets or configs. */
  private static void addSources(Set<String> out, Node n) {
    for (Node item : ServiceNodes.items(n)) {
      ServiceNodes.scalar(item).ifPresent(v -> out.add(v.value().trim()));
      ServiceNodes.map(item)
          .flatMap(m -> m.get("source"))
          .flatMap(ServiceNodes::scalar)
          .ifPresent(v -> out.add(v.value().trim()));
    }
  }
}
