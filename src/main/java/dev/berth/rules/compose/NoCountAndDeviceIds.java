package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;

/**
 * A device request ({@code deploy.resources.reservations.devices} or {@code gpus}) with both {@code
 * count} and {@code device_ids}: Compose refuses it.
 */
@RuleInfo(
    id = "no-count-and-device-ids",
    name = "no-count-and-device-ids",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "A device request sets count or device_ids, not both.")
public final class NoCountAndDeviceIds implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<Node> devices =
          s.deploy()
              .flatMap(d -> map(d.get("resources")))
              .flatMap(r -> map(r.get("reservations")))
              .flatMap(r -> r.get("devices"));
      check(ctx, s, devices);
      check(ctx, s, s.get("gpus"));
    }
  }

  private static Optional<MapNode> map(Optional<Node> n) {
    return n.filter(MapNode.class::isInstance).map(MapNode.class::cast);
  }

  private static void check(ComposeContext ctx, Service s, Optional<Node> list) {
    List<Node> items =
        list.filter(SeqNode.class::isInstance).map(n -> ((SeqNode) n).items()).orElse(List.of());
    for (Node item : items) {
      if (!(item instanceof MapNode)) {
        continue;
      }
      MapNode m = (MapNode) item;
      Optional<MapNode.Entry> ids = m.entry("device_ids");
      if (m.get("count").isPresent() && ids.isPresent()) {
        ctx.report(
            ids.get().key().span(),
            "a device request of service '"
                + s.name().value()
                + "' sets both count and device_ids, which Compose refuses; keep one");
      }
    }
  }
}
