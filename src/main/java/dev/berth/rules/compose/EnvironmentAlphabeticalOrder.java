package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Level;

/** A service's {@code environment} variables, list or mapping, sorted by name. */
@RuleInfo(
    id = "environment-alphabetical-order",
    name = "environment-alphabetical-order",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    enabledByDefault = false,
    summary = "Sort environment variables by name.")
public final class EnvironmentAlphabeticalOrder implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), "services.*.environment")) {
      if (!h.local()) {
        continue;
      }
      if (h.node() instanceof MapNode map) {
        ServicesAlphabeticalOrder.check(ctx, map, "Variable", "Sort the environment");
      } else if (h.node() instanceof SeqNode seq) {
        SequenceOrder.check(
            ctx,
            seq,
            s -> s.indexOf('=') >= 0 ? s.substring(0, s.indexOf('=')) : s,
            Ordering.ALPHABETICAL,
            "Variable",
            "Sort the environment");
      }
    }
  }
}
