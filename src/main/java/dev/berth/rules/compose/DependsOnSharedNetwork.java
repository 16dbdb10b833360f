package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.NetworkMode;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Resource;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceNetwork;
import dev.berth.core.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code depends_on} or {@code links} target that shares no network with the dependent, so the
 * dependent cannot reach it by name. A service's networks are its {@code networks}, or the implicit
 * {@code default}; with {@code network_mode: service:x} they are those of {@code x}. Two keys whose
 * {@code name:} is the same Engine network count as one network. Services with {@code network_mode}
 * {@code host}, {@code none}, {@code bridge}, {@code container:x} or a network name are not judged:
 * they are not reached through Compose's networks.
 */
@RuleInfo(
    id = "depends-on-shared-network",
    name = "depends-on-shared-network",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "A service and the services it depends on should share a network.")
public final class DependsOnSharedNetwork implements ComposeRule, ProjectRule {
  /** How many {@code network_mode: service:x} hops are followed. */
  private static final int MAX_HOPS = 16;

  @Override
  public void check(ComposeContext ctx) {
    // the file that this one adds to may attach the services to other networks
    StandaloneOnly.run(ctx, this::whenStandalone);
  }

  @Override
  public void check(ProjectContext ctx) {
    // after the merge, the services' networks are those all the files of the project give
    WholeProject.run(ctx, this::whenStandalone);
  }

  /** The findings, which count in a file that stands alone (see {@link StandaloneOnly}). */
  private void whenStandalone(ComposeContext ctx) {
    Project p = ctx.project();
    Map<String, Optional<Set<String>>> cache = new HashMap<>();
    for (Service s : p.services()) {
      for (Dependency d : s.dependencies()) {
        if (d.via() != Dependency.Via.DEPENDS_ON && d.via() != Dependency.Via.LINKS) {
          continue;
        }
        Optional<Service> t = p.service(d.service().value());
        if (t.isEmpty() || t.get() == s || isProvider(s) || isProvider(t.get())) {
          continue;
        }
        Optional<Set<String>> mine = networks(p, s, cache);
        Optional<Set<String>> theirs = networks(p, t.get(), cache);
        if (mine.isEmpty() || theirs.isEmpty()) {
          continue;
        }
        if (theirs.get().stream().anyMatch(mine.get()::contains)) {
          continue;
        }
        ctx.report(
            d.node(),
            d.service().span(),
            "service '"
                + s.name().value()
                + "' depends on '"
                + t.get().name().value()
                + "' but they share no network ("
                + s.name().value()
                + ": "
                + describe(mine.get())
                + "; "
                + t.get().name().value()
                + ": "
                + describe(theirs.get())
                + "), so it cannot reach it by name; attach both to a common network");
      }
    }
  }

  /** A service run by a provider plugin, not a container on a network. */
  private static boolean isProvider(Service s) {
    return s.get("provider").isPresent();
  }

  private static String describe(Set<String> networks) {
    return networks.isEmpty() ? "none" : String.join(", ", networks);
  }

  /** The Engine names of the networks a service is on; empty when that cannot be told. */
  private static Optional<Set<String>> networks(
      Project p, Service s, Map<String, Optional<Set<String>>> cache) {
    Optional<Set<String>> known = cache.get(s.name().value());
    if (known != null) {
      return known;
    }
    Service current = s;
    Optional<Set<String>> result = Optional.empty();
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Optional<NetworkMode> mode = current.networkMode();
      if (mode.isEmpty()) {
        result = Optional.of(names(p, current));
        break;
      }
      if (mode.get().kind() != NetworkMode.Kind.SERVICE) {
        break;
      }
      Optional<Service> next = p.service(mode.get().target().get().value());
      if (next.isEmpty()) {
        break;
      }
      current = next.get();
    }
    cache.put(s.name().value(), result);
    return result;
  }

  private static Set<String> names(Project p, Service s) {
    Set<String> out = new TreeSet<>();
    for (ServiceNetwork n : s.networks()) {
      String key = n.name().value();
      Resource r = p.networks().get(key);
      out.add(r == null || r.name().isEmpty() ? key : r.name().get().value());
    }
    return out;
  }
}
