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
 * A service whose root filesystem is writable: without {@code read_only: true} an intruder can
 * change the service's own programs and configuration.
 */
@RuleInfo(
    id = "require-read-only-rootfs",
    name = "require-read-only-rootfs",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "Make each service's root filesystem read-only.")
public final class RequireReadOnlyRootfs implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ServiceNodes.completeServices(ctx)) {
      Optional<MapNode.Entry> readOnly = s.entry("read_only");
      if (readOnly.isPresent() && ServiceNodes.isTrue(readOnly.get().value())) {
        continue;
      }
      ctx.report(
          readOnly.map(ServiceNodes::entrySite).orElse(s.key().site()),
          "Service '"
              + s.name().value()
              + "' has a writable root filesystem; set read_only: true and mount a tmpfs or a"
              + " volume where it must write");
    }
  }
}
