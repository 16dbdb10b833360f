package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code environment}, {@code labels} and {@code build.args} may be written as a mapping ({@code
 * KEY: value}) or as a list ({@code - KEY=value}). One form throughout the file reads better: the
 * form most services use wins (on a tie, the first one written).
 */
@RuleInfo(
    id = "consistent-mapping-syntax",
    name = "consistent-mapping-syntax",
    level = Level.STYLE,
    category = Category.STYLE,
    enabledByDefault = false,
    summary = "Write environment, labels and build.args in one form (mapping or list) per file.")
public final class ConsistentMappingSyntax implements ComposeRule {
  private static final List<String> FIELDS = List.of("environment", "labels", "build.args");

  @Override
  public void check(ComposeContext ctx) {
    for (String field : FIELDS) {
      List<NodePaths.Hit> maps = new ArrayList<>();
      List<NodePaths.Hit> lists = new ArrayList<>();
      Set<Node> seen = new HashSet<>();
      for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), "services.*." + field)) {
        if (!seen.add(h.node())) {
          continue;
        }
        if (h.node() instanceof MapNode m && !m.entries().isEmpty()) {
          maps.add(h);
        } else if (h.node() instanceof SeqNode s && !s.items().isEmpty()) {
          lists.add(h);
        }
      }
      if (maps.isEmpty() || lists.isEmpty()) {
        continue;
      }
      boolean mapsWin =
          maps.size() > lists.size()
              || maps.size() == lists.size()
                  && maps.get(0).node().span().compareTo(lists.get(0).node().span()) < 0;
      List<NodePaths.Hit> odd = mapsWin ? lists : maps;
      int others = mapsWin ? maps.size() : lists.size();
      for (NodePaths.Hit h : odd) {
        Node n = h.node();
        ctx.report(
            h.entry().map(e -> e.key().span()).orElse(n.span()),
            "`"
                + field
                + "` of service '"
                + h.path().get(1)
                + "' is a "
                + (mapsWin ? "list" : "mapping")
                + " while "
                + others
                + (others == 1 ? " other uses" : " others use")
                + " the "
                + (mapsWin ? "mapping" : "list")
                + " form; write it as a "
                + (mapsWin ? "mapping (KEY: value)" : "list (- KEY=value)"));
      }
    }
  }
}
