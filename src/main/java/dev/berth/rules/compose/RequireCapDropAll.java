package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.List;

/**
 * A service that keeps Docker's default capabilities: without {@code cap_drop: [ALL]} it holds
 * capabilities such as {@code NET_RAW} and {@code SETUID} whether it needs them or not.
 */
@RuleInfo(
    id = "require-cap-drop-all",
    name = "require-cap-drop-all",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "Drop all capabilities (cap_drop: [ALL]) and add back only those needed.")
public final class RequireCapDropAll implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ServiceNodes.completeServices(ctx)) {
      boolean dropsAll =
          s.get("cap_drop").map(ServiceNodes::scalarItems).orElse(List.of()).stream()
              .anyMatch(c -> NoDangerousCapabilities.normalise(c.value()).equals("ALL"));
      if (!dropsAll) {
        ctx.report(
            s.key().site(),
            "Service '"
                + s.name().value()
                + "' keeps Docker's default capabilities; add cap_drop: [ALL] and list the few it"
                + " needs under cap_add");
      }
    }
  }
}
