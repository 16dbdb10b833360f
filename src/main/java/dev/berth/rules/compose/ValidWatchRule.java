package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;

/**
 * A {@code develop.watch} rule with a blank {@code path}, or without a {@code target} for an action
 * that copies files ({@code sync}, {@code sync+restart}, {@code sync+exec}): Compose refuses both.
 */
@RuleInfo(
    id = "valid-watch-rule",
    name = "valid-watch-rule",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "develop.watch rules need a path, and a target for sync actions.")
public final class ValidWatchRule implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      List<Node> rules =
          s.get("develop")
              .filter(MapNode.class::isInstance)
              .flatMap(d -> ((MapNode) d).get("watch"))
              .filter(SeqNode.class::isInstance)
              .map(w -> ((SeqNode) w).items())
              .orElse(List.of());
      for (Node n : rules) {
        if (n instanceof MapNode) {
          check(ctx, s, (MapNode) n);
        }
      }
    }
  }

  private static void check(ComposeContext ctx, Service s, MapNode rule) {
    Optional<Node> path = rule.get("path");
    if (path.isPresent()
        && path.get() instanceof ScalarNode
        && ((ScalarNode) path.get()).value().isBlank()) {
      ctx.report(
          path.get().span(),
          "a develop.watch rule of service '"
              + s.name().value()
              + "' has a blank path; give the host path to watch");
    }
    String action =
        rule.get("action")
            .filter(ScalarNode.class::isInstance)
            .map(a -> ((ScalarNode) a).value())
            .orElse("");
    if (action.isEmpty() || action.equals("rebuild") || action.equals("restart")) {
      return;
    }
    Optional<Node> target = rule.get("target");
    boolean blank =
        target.isEmpty()
            || (target.get() instanceof ScalarNode
                && ((ScalarNode) target.get()).value().isBlank());
    if (blank) {
      MapNode.Entry a = rule.entry("action").get();
      ctx.report(
          a.value().span(),
          "develop.watch action "
              + action
              + " of service '"
              + s.name().value()
              + "' copies files into the container, so it needs a target; add target: with the"
              + " container path");
    }
  }
}
