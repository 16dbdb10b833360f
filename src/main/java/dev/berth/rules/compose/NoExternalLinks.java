package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

/**
 * {@code external_links}: legacy linking to containers Compose does not manage. Attach the service
 * to an external network that those containers are on, and reach them by name there.
 */
@RuleInfo(
    id = "no-external-links",
    name = "no-external-links",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    enabledByDefault = false,
    summary = "Use an external network instead of external_links.")
public final class NoExternalLinks implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<MapNode.Entry> e = s.entry("external_links");
      if (e.isEmpty() || s.externalLinks().isEmpty()) {
        continue;
      }
      ctx.report(
          e.get().key().span(),
          "external_links is legacy linking to containers outside this file; put those"
              + " containers on a network, declare it here with external: true, and attach"
              + " service '"
              + s.name().value()
              + "' to it");
    }
  }
}
