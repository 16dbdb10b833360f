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
import java.util.regex.Pattern;

/**
 * A service's {@code ports} sorted by the published (host) port, numbers compared as numbers; an
 * entry that publishes no host port sorts by its container port. A variable counts as its default.
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
      return Optional.of(withDefaults(s.raw()));
    }
    if (n instanceof MapNode m) {
      Optional<String> target = m.get("target").map(ServicePortsAlphabeticalOrder::scalar);
      Optional<String> published = m.get("published").map(ServicePortsAlphabeticalOrder::scalar);
      return published.isPresent() ? published.map(p -> p + ":" + target.orElse("")) : target;
    }
    return Optional.empty();
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode s ? withDefaults(s.raw()) : "";
  }

  /**
   * The text with each variable replaced by its default ({@code ${HTTP_PORT:-80}} is {@code 80}),
   * or by nothing: the same order on every machine, whatever its environment.
   */
  static String withDefaults(String raw) {
    return DEFAULT
        .matcher(raw)
        .replaceAll("$1")
        .replaceAll("\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*", "");
  }

  private static final Pattern DEFAULT =
      Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\\}");

  /**
   * The host port of {@code [ip:][host:]container[/proto]}, or the container port when no host port
   * is written (or it is a variable without a default).
   */
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
    String host = parts.length >= 2 ? parts[parts.length - 2] : "";
    return host.isEmpty() ? parts[parts.length - 1] : host;
  }
}
