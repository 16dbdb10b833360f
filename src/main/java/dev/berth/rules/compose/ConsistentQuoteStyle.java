package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarStyle;
import dev.berth.core.Level;
import java.util.List;

/**
 * Quoted port entries ({@code ports}, {@code expose}) in one quote style: the {@code quoteType}
 * option ({@code single} or {@code double}), or else the style of the first quoted entry.
 */
@RuleInfo(
    id = "consistent-quote-style",
    name = "consistent-quote-style",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    enabledByDefault = false,
    summary = "Quote port entries with one quote character throughout the file.")
public final class ConsistentQuoteStyle implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    List<NodePaths.Hit> ports = PortQuotes.scalars(ctx);
    ScalarStyle style = PortQuotes.style(ctx, ports);
    String want = YamlQuotes.name(style);
    for (NodePaths.Hit h : ports) {
      ScalarNode s = (ScalarNode) h.node();
      if (s.style() == style
          || !(s.style() == ScalarStyle.SINGLE_QUOTED || s.style() == ScalarStyle.DOUBLE_QUOTED)) {
        continue;
      }
      String message =
          "Port "
              + NodePaths.quoted(s)
              + " is in "
              + YamlQuotes.name(s.style())
              + " quotes; "
              + (PortQuotes.configured(ctx) ? "quoteType asks for " : "the file uses ")
              + want
              + " quotes";
      YamlQuotes.report(ctx, h, style, message, "Use " + want + " quotes");
    }
  }
}
