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
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '$' && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
        int close = raw.indexOf('}', i);
        if (close < 0) {
          out.append(raw, i, raw.length());
          break;
        }
        String inner = raw.substring(i + 2, close);
        int dash = inner.indexOf('-');
        if (dash >= 0 && (dash == 0 || inner.charAt(dash - 1) != '?')) {
          out.append(inner.substring(dash + 1));
        }
        i = close + 1;
      } else if (c == '$' && i + 1 < raw.length() && isNameStart(raw.charAt(i + 1))) {
        i++;
        while (i < raw.length()
            && (isNameStart(raw.charAt(i)) || Character.isDigit(raw.charAt(i)))) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isNameStart(char c) {
    return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

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
