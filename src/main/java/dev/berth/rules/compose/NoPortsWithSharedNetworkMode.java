package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.NetworkMode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;

/**
 * {@code ports} (and {@code expose}, {@code hostname}, {@code dns}, {@code dns_search}, {@code
 * dns_opt}, {@code extra_hosts}, {@code mac_address}) on a service that joins another container's
 * network stack with {@code network_mode: service:x} or {@code container:x}. The Engine refuses to
 * create such a container ("conflicting options"); these settings belong on the container that owns
 * the stack.
 */
@RuleInfo(
    id = "no-ports-with-shared-network-mode",
    name = "no-ports-with-shared-network-mode",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "No ports, hostname, dns or extra_hosts with network_mode service:x or container:x.")
public final class NoPortsWithSharedNetworkMode implements ComposeRule {
  private static final List<String> KEYS =
      List.of(
          "ports",
          "expose",
          "hostname",
          "dns",
          "dns_search",
          "dns_opt",
          "extra_hosts",
          "mac_address");

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<NetworkMode> mode = s.networkMode().filter(NetworkMode::shared);
      if (mode.isEmpty()) {
        continue;
      }
      String owner =
          mode.get().kind() == NetworkMode.Kind.SERVICE
              ? "service '" + mode.get().target().get().value() + "'"
              : "container '" + mode.get().target().get().value() + "'";
      for (String key : KEYS) {
        Optional<MapNode.Entry> e = s.entry(key);
        if (e.isEmpty()) {
          continue;
        }
        ctx.report(
            e.get().key().span(),
            "service '"
                + s.name().value()
                + "' uses the network stack of "
                + owner
                + " (network_mode: "
                + mode.get().text().value()
                + "), so the Engine refuses its "
                + key
                + "; move "
                + key
                + " to "
                + owner);
      }
    }
  }
}
