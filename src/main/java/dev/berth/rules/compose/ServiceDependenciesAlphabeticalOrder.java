package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Level;

/** A service's {@code depends_on} entries, list or mapping, sorted by name. */
@RuleInfo(
    id = "service-dependencies-alphabetical-order",
    name = "service-dependencies-alphabetical-order",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    enabledByDefault = false,
    aliases = {"order-service-dependencies"},
    summary = "Sort the services in depends_on by name.")
public final class ServiceDependenciesAlphabeticalOrder implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), "services.*.depends_on")) {
      if (!h.local()) {
        continue;
      }
      if (h.node() instanceof MapNode map) {
        ServicesAlphabeticalOrder.check(ctx, map, "Dependency", "Sort depends_on");
      } else if (h.node() instanceof SeqNode seq) {
        SequenceOrder.check(
            ctx, seq, s -> s, Ordering.ALPHABETICAL, "Dependency", "Sort depends_on");
      }
    }
  }
}
