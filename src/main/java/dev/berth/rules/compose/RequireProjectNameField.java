package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.core.Level;

/**
 * Without a top-level {@code name}, the project is named after the folder the file is in, so a
 * clone into another folder starts a second set of containers, networks and volumes.
 */
@RuleInfo(
    id = "require-project-name-field",
    name = "require-project-name-field",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    enabledByDefault = false,
    summary = "Give the project a name with the top-level name key.")
public final class RequireProjectNameField implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    MapNode root = ctx.model().rootMap().orElse(null);
    if (root == null || root.entries().isEmpty() || root.get("name").isPresent()) {
      return;
    }
    ctx.report(
        root.entries().get(0).key().span(),
        "No top-level `name`: the project is named after its folder; add e.g. `name: myapp`");
  }
}
