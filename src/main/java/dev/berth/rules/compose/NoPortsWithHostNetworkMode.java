package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.NetworkMode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

/**
 * {@code ports} on a service with {@code network_mode: host}: the container listens on the host's
 * interfaces directly, and the Engine discards the published ports.
 */
@RuleInfo(
    id = "no-ports-with-host-network-mode",
    name = "no-ports-with-host-network-mode",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "ports have no effect with network_mode: host.")
public final class NoPortsWithHostNetworkMode implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      boolean host = s.networkMode().map(m -> m.kind() == NetworkMode.Kind.HOST).orElse(false);
      Optional<MapNode.Entry> ports = s.entry("ports");
      if (!host || ports.isEmpty()) {
        continue;
      }
      ctx.report(
          ports.get().key().span(),
          "service '"
              + s.name().value()
              + "' uses network_mode: host, so its ports are not published (the container"
              + " listens on the host's interfaces directly); remove ports, or drop"
              + " network_mode: host to publish them");
    }
  }
}
