package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

/**
 * A service-level {@code mac_address}: the Compose Specification deprecates it, and Docker Engine
 * 25 and later may refuse it; the address belongs to one of the service's networks.
 */
@RuleInfo(
    id = "no-service-mac-address",
    name = "no-service-mac-address",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "Set mac_address under the service's network, not on the service.")
public final class NoServiceMacAddress implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<MapNode.Entry> mac = s.entry("mac_address");
      if (mac.isPresent() && ServiceNodes.scalar(mac.get().value()).isPresent()) {
        ctx.report(
            ServiceNodes.entrySite(mac.get()),
            "Service '"
                + s.name().value()
                + "' sets mac_address on the service, which Docker Engine 25 and later may"
                + " refuse; move it under networks.<network>.mac_address");
      }
    }
  }
}
