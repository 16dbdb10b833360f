package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Resource;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.Map;
import java.util.Optional;

/**
 * The deprecated {@code external: {name: x}} on a top-level resource: write {@code name: x} and
 * {@code external: true}. When the resource also has a different {@code name:}, Compose refuses the
 * file.
 */
@RuleInfo(
    id = "no-deprecated-external-name",
    name = "no-deprecated-external-name",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Use name: and external: true instead of external.name.")
public final class NoDeprecatedExternalName implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    Project p = ctx.project();
    for (Map<String, Resource> kind :
        java.util.List.of(p.networks(), p.volumes(), p.secrets(), p.configs())) {
      for (Resource r : kind.values()) {
        Optional<MapNode> external =
            r.get("external").filter(MapNode.class::isInstance).map(MapNode.class::cast);
        Optional<MapNode.Entry> name = external.flatMap(e -> e.entry("name"));
        if (name.isEmpty()) {
          continue;
        }
        String value =
            name.get().value() instanceof ScalarNode
                ? ((ScalarNode) name.get().value()).value()
                : "";
        if (r.name().isPresent() && !r.name().get().value().equals(value)) {
          ctx.report(
              name.get().key().span(),
              "'"
                  + r.id()
                  + "' has name: "
                  + r.name().get().value()
                  + " and external.name: "
                  + value
                  + ", which Compose refuses; keep name: and write external: true");
        } else {
          ctx.report(
              name.get().key().span(),
              "external.name is deprecated; write name: "
                  + value
                  + " and external: true on '"
                  + r.id()
                  + "'");
        }
      }
    }
  }
}
