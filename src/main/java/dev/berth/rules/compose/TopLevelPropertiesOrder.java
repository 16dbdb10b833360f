package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The top-level keys in the usual order: extensions ({@code x-}), {@code version}, {@code name},
 * {@code include}, {@code services}, {@code models}, {@code networks}, {@code volumes}, {@code
 * secrets}, {@code configs}. dclint's option {@code customOrder} gives another order ({@code
 * x-properties} stands for every {@code x-} key). A key the order does not name is neither reported
 * nor moved.
 */
@RuleInfo(
    id = "top-level-properties-order",
    name = "top-level-properties-order",
    level = Level.INFO,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    aliases = {"order-top-level-properties"},
    summary = "Write the top-level keys in the usual order (x-, name, services, networks...).")
public final class TopLevelPropertiesOrder implements ComposeRule {
  private static final String EXTENSIONS = "x-properties";
  private static final List<String> DEFAULT_ORDER =
      List.of(
          EXTENSIONS,
          "version",
          "name",
          "include",
          "services",
          "models",
          "networks",
          "volumes",
          "secrets",
          "configs");

  @Override
  public void check(ComposeContext ctx) {
    MapNode root = ctx.model().rootMap().orElse(null);
    if (root == null) {
      return;
    }
    List<String> order = ctx.options().getStrings("customOrder", DEFAULT_ORDER);
    List<Ordering.Entry<Integer>> entries = new ArrayList<>();
    List<Reorder.Item> items = Reorder.items(root);
    int k = 0;
    for (MapNode.Entry e : root.entries()) {
      if (e.merged()) {
        continue;
      }
      Reorder.Item item = items.get(k++);
      String key = e.key().value();
      int rank = order.indexOf(key.startsWith("x-") ? EXTENSIONS : key);
      if (rank >= 0) {
        entries.add(new Ordering.Entry<>(rank, key, e.key().span(), item));
      }
    }
    Ordering.check(
        ctx, root, entries, Comparator.naturalOrder(), "Top-level key", "Order the top-level keys");
  }
}
