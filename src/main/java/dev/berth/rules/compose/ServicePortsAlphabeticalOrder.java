package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Level;
import java.util.Optional;

/**
 * A service's {@code ports} sorted by the published (host) port, numbers compared as numbers; an
 * entry that publishes no host port sorts by its container port.
 */
@RuleInfo(
    id = "service-ports-alphabetical-order",
    name = "service-ports-alphabetical-order",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    enabledByDefault = false,
    aliases = {"order-service-ports"},
    summary = "Sort a service's ports by published port.")
public final class ServicePortsAlphabeticalOrder implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), "services.*.ports")) {
      if (h.node() instanceof SeqNode seq && h.local()) {
        SequenceOrder.check(
            ctx,
            seq,
            ServicePortsAlphabeticalOrder::text,
            ServicePortsAlphabeticalOrder::published,
            Ordering.NATURAL,
            "Port",
            "Sort the ports");
      }
    }
  }

  /** A short-syntax entry as written, or a long-syntax one as published:target. */
  private static Optional<String> text(Node n) {
    if (n instanceof ScalarNode s) {
      return Optional.of(s.value());
    }
    if (n instanceof MapNode m) {
      Optional<String> target = m.get("target").map(ServicePortsAlphabeticalOrder::scalar);
      Optional<String> published = m.get("published").map(ServicePortsAlphabeticalOrder::scalar);
      return published.isPresent() ? published.map(p -> p + ":" + target.orElse("")) : target;
    }
    return Optional.empty();
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode s ? s.value() : "";
  }

  /** The host port of {@code [ip:][host:]container[/proto]}, or the container port. */
  static String published(String entry) {
    String s = entry;
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      s = close >= 0 && close + 1 < s.length() ? s.substring(close + 2) : s;
    }
    String[] parts = s.split(":", -1);
    if (parts.length >= 3) {
      return parts[parts.length - 2];
    }
    return parts[0];
  }
}
