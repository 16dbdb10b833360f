package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;

/** A service with both {@code network_mode} and {@code networks}, which Compose refuses. */
@RuleInfo(
    id = "no-network-mode-with-networks",
    name = "no-network-mode-with-networks",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "A service sets either network_mode or networks, not both.")
public final class NoNetworkModeWithNetworks implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      if (s.networkMode().isEmpty()) {
        continue;
      }
      MapNode.Entry networks = s.entry("networks").orElse(null);
      if (networks == null) {
        continue;
      }
      ctx.report(
          networks.key().span(),
          "service '"
              + s.name().value()
              + "' sets both network_mode ("
              + s.networkMode().get().text().value()
              + ") and networks, which Compose refuses; keep one of them");
    }
  }
}
