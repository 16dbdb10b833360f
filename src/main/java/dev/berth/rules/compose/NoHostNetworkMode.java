package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

/** {@code network_mode: host}: the container shares the host's network stack. */
@RuleInfo(
    id = "no-host-network-mode",
    name = "no-host-network-mode",
    level = Level.WARNING,
    category = Category.SECURITY,
    summary = "Do not share the host's network stack with network_mode: host.")
public final class NoHostNetworkMode implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<ScalarNode> mode = s.nonNull("network_mode");
      if (mode.isPresent() && ServiceNodes.lower(mode.get()).equals("host")) {
        ctx.report(
            mode.get().site(),
            "Service '"
                + s.name().value()
                + "' uses the host's network stack: every port it listens on is open on the host"
                + " and it can reach host-only services; use a network and publish the ports it"
                + " needs");
      }
    }
  }
}
