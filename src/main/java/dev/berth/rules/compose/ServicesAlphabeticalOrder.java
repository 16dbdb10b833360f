package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.List;

/** Services sorted by name are easier to find in a long file. */
@RuleInfo(
    id = "services-alphabetical-order",
    name = "services-alphabetical-order",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    enabledByDefault = false,
    aliases = {"order-services"},
    summary = "Sort services by name.")
public final class ServicesAlphabeticalOrder implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), "services")) {
      if (h.node() instanceof MapNode services && h.local()) {
        check(ctx, services, "Service", "Sort the services");
      }
    }
  }

  /** Checks that the entries written in a mapping are in alphabetical order of their keys. */
  static void check(ComposeContext ctx, Node map, String what, String title) {
    List<Ordering.Entry<String>> entries = new ArrayList<>();
    MapNode m = (MapNode) map;
    List<Reorder.Item> items = Reorder.items(m);
    int k = 0;
    for (MapNode.Entry e : m.entries()) {
      if (!e.merged()) {
        String name = e.key().value();
        entries.add(new Ordering.Entry<>(name, name, e.key().span(), items.get(k++)));
      }
    }
    Ordering.check(ctx, map, entries, Ordering.ALPHABETICAL, what, title);
  }
}
