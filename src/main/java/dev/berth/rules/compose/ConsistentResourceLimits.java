package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * A legacy resource key ({@code cpus}, {@code mem_limit}, {@code mem_reservation}, {@code
 * pids_limit}) and its {@code deploy.resources} counterpart with different values: Compose refuses
 * the file. Values are compared as numbers and byte sizes ({@code 512m} equals {@code 536870912}).
 */
@RuleInfo(
    id = "consistent-resource-limits",
    name = "consistent-resource-limits",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Legacy resource keys and deploy.resources must agree.")
public final class ConsistentResourceLimits implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<MapNode> resources = s.deploy().flatMap(d -> map(d.get("resources")));
      if (resources.isEmpty()) {
        continue;
      }
      Optional<MapNode> limits = resources.flatMap(r -> map(r.get("limits")));
      Optional<MapNode> reservations = resources.flatMap(r -> map(r.get("reservations")));
      compare(ctx, s, "cpus", limits, "limits.cpus", Quantities::number);
      compare(ctx, s, "mem_limit", limits, "limits.memory", Quantities::bytes);
      compare(ctx, s, "mem_reservation", reservations, "reservations.memory", Quantities::bytes);
      compare(ctx, s, "pids_limit", limits, "limits.pids", Quantities::number);
    }
  }

  private static Optional<MapNode> map(Optional<Node> n) {
    return n.filter(MapNode.class::isInstance).map(MapNode.class::cast);
  }

  private static void compare(
      ComposeContext ctx,
      Service s,
      String legacy,
      Optional<MapNode> section,
      String path,
      Function<Optional<Node>, Optional<BigDecimal>> read) {
    Optional<Node> a = s.get(legacy);
    Optional<Node> b = section.flatMap(m -> m.get(path.substring(path.indexOf('.') + 1)));
    Optional<BigDecimal> va = read.apply(a);
    Optional<BigDecimal> vb = read.apply(b);
    if (va.isEmpty() || vb.isEmpty() || va.get().compareTo(vb.get()) == 0) {
      return;
    }
    ctx.report(
        b.get().span(),
        "service '"
            + s.name().value()
            + "' sets "
            + legacy
            + " and deploy.resources."
            + path
            + " to different values, which Compose refuses; keep deploy.resources."
            + path
            + " alone");
  }
}
