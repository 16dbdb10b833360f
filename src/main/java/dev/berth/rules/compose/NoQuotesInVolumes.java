package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarStyle;
import dev.berth.core.Level;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Short-syntax volume entries written without quotes, as dclint prefers. */
@RuleInfo(
    id = "no-quotes-in-volumes",
    name = "no-quotes-in-volumes",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    enabledByDefault = false,
    summary = "Write short-syntax volume entries without quotes.")
public final class NoQuotesInVolumes implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    Set<ScalarNode> seen = new HashSet<>();
    for (NodePaths.Hit list : NodePaths.find(ctx.model().root(), "services.*.volumes")) {
      boolean block = Reorder.isBlock(ctx.source(), list.node());
      for (NodePaths.Hit h : NodePaths.find(Optional.of(list.node()), "[]")) {
        if (!(h.node() instanceof ScalarNode s)
            || !(s.style() == ScalarStyle.SINGLE_QUOTED || s.style() == ScalarStyle.DOUBLE_QUOTED)
            || !seen.add(s)) {
          continue;
        }
        String message = "Volume " + s.raw() + " is quoted; write it without quotes";
        YamlQuotes.report(ctx, h, ScalarStyle.PLAIN, block, message, "Remove the quotes");
      }
    }
  }
}
