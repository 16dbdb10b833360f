package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service without a memory, CPU or process-count limit, set either with the service keys ({@code
 * mem_limit}, {@code cpus}, {@code pids_limit}, ...) or under {@code deploy.resources.limits}: one
 * runaway container can starve the host.
 */
@RuleInfo(
    id = "require-resource-limits",
    name = "require-resource-limits",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "Limit every service's memory, CPU and number of processes.")
public final class RequireResourceLimits implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ServiceNodes.completeServices(ctx)) {
      Optional<MapNode> limits =
          s.get("deploy")
              .flatMap(ServiceNodes::map)
              .flatMap(d -> d.get("resources"))
              .flatMap(ServiceNodes::map)
              .flatMap(r -> r.get("limits"))
              .flatMap(ServiceNodes::map);
      List<String> missing = new ArrayList<>();
      if (!set(s, limits, "memory", "mem_limit")) {
        missing.add("memory (mem_limit)");
      }
      if (!set(s, limits, "cpus", "cpus", "cpu_quota", "cpu_count", "cpu_percent")) {
        missing.add("CPU (cpus)");
      }
      if (!set(s, limits, "pids", "pids_limit")) {
        missing.add("process count (pids_limit)");
      }
      if (!missing.isEmpty()) {
        ctx.report(
            s.key().site(),
            "Service '"
                + s.name().value()
                + "' has no limit on its "
                + String.join(", ", missing)
                + "; set them, or deploy.resources.limits, so that it cannot starve the host");
      }
    }
  }

  /** True when the limit is set under deploy.resources.limits or by one of the service keys. */
  private static boolean set(
      Service s, Optional<MapNode> limits, String deployKey, String... serviceKeys) {
    if (limits.flatMap(l -> l.get(deployKey)).flatMap(ServiceNodes::scalar).isPresent()) {
      return true;
    }
    for (String key : serviceKeys) {
      if (s.nonNull(key).filter(v -> !v.value().trim().equals("-1")).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
