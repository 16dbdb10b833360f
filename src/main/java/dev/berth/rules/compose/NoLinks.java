package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Link;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code links}, the legacy {@code --link}: services on a common network already reach each other
 * by service name, {@code aliases} give extra names, and {@code depends_on} orders startup. A link
 * also silently adds a required {@code depends_on}, which is easy to miss when it is removed.
 */
@RuleInfo(
    id = "no-links",
    name = "no-links",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Use networks, aliases and depends_on instead of the legacy links.")
public final class NoLinks implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<MapNode.Entry> e = s.entry("links");
      List<Link> links = s.links();
      if (e.isEmpty() || links.isEmpty()) {
        continue;
      }
      String targets =
          links.stream().map(l -> l.target().value()).distinct().collect(Collectors.joining(", "));
      boolean aliased = links.stream().anyMatch(l -> l.alias().isPresent());
      ctx.report(
          e.get().key().span(),
          "links is the legacy --link; services on a common network reach each other by name"
              + (aliased ? ", networks.NAME.aliases gives the other names" : "")
              + ", and depends_on orders startup. links also makes '"
              + s.name().value()
              + "' depend on "
              + targets
              + ": write that in depends_on before removing links");
    }
  }
}
