package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Span;
import java.util.Locale;

/**
 * A compose file named {@code docker-compose.yml} (or {@code docker-compose.*.yaml}): the canonical
 * name is {@code compose.yaml}, which Compose looks for first.
 */
@RuleInfo(
    id = "prefer-compose-yaml-filename",
    name = "prefer-compose-yaml-filename",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "Name compose files compose.yaml rather than docker-compose.yml.")
public final class PreferComposeYamlFilename implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    String name = ctx.source().name().replace('\\', '/');
    String base = name.substring(name.lastIndexOf('/') + 1);
    String lower = base.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("docker-compose.")
        || !(lower.endsWith(".yml") || lower.endsWith(".yaml"))) {
      return;
    }
    String middle = base.substring("docker-compose".length(), base.lastIndexOf('.'));
    ctx.report(
        Span.empty(ctx.source().bomLength()),
        "This file is named "
            + base
            + ", the legacy name; rename it to compose"
            + middle
            + ".yaml, the name Compose looks for first");
  }
}
