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
 * An unquoted {@code HOST:CONTAINER} port is read as a number in base 60 by YAML 1.1 parsers
 * ({@code 22:22} is 1342), so the Compose documentation asks to quote ports. Compose itself reads
 * them as strings; other tools that read the file may not. Entries without a colon are left alone.
 */
@RuleInfo(
    id = "require-quotes-in-ports",
    name = "require-quotes-in-ports",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Quote HOST:CONTAINER port mappings.")
public final class RequireQuotesInPorts implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    List<NodePaths.Hit> ports = PortQuotes.scalars(ctx);
    ScalarStyle style = PortQuotes.style(ctx, ports);
    for (NodePaths.Hit h : ports) {
      ScalarNode s = (ScalarNode) h.node();
      if (!s.isPlain() || !s.raw().contains(":")) {
        continue;
      }
      String message =
          "Port "
              + s.raw()
              + " is not quoted; YAML 1.1 tools may read it as a base-60 number."
              + " Write it in "
              + YamlQuotes.name(style)
              + " quotes";
      YamlQuotes.report(ctx, h, style, message, "Quote the port");
    }
  }
}
