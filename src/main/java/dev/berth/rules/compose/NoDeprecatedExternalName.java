package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Resource;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
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
    fix = Fixability.SOMETIMES,
    summary = "Use name: and external: true instead of external.name.")
public final class NoDeprecatedExternalName implements ComposeRule {
  /**
   * Rewrites {@code external: {name: X}} (block or flow) as {@code external: true} and {@code name:
   * X} on the next line, when the {@code external} key starts its line, its mapping holds only
   * {@code name}, and no comment or alias is in the way.
   */
  private static Optional<Fix> fix(SourceText src, Resource r, MapNode external) {
    MapNode.Entry entry = r.body().get().entry("external").get();
    if (entry.merged()
        || external.alias().isPresent()
        || external.entries().size() != 1
        || entry.key().alias().isPresent()) {
      return Optional.empty();
    }
    Span key = entry.key().span();
    int lineStart = src.lineStart(src.line(key.start()));
    String indent = src.slice(new Span(lineStart, key.start()));
    Span replaced = new Span(key.end(), external.span().end());
    Node nameValue = external.entries().get(0).value();
    if (!indent.isBlank() || src.slice(replaced).contains("#") || nameValue.alias().isPresent()) {
      return Optional.empty();
    }
    String name = src.slice(nameValue.span());
    return Optional.of(
        Fix.safe(
            "Write name: " + name + " and external: true",
            TextEdit.replace(replaced, ": true\n" + indent + "name: " + name)));
  }

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
          String message =
              "external.name is deprecated; write name: "
                  + value
                  + " and external: true on '"
                  + r.id()
                  + "'";
          Optional<Fix> fix = fix(ctx.source(), r, external.get());
          if (fix.isPresent()) {
            ctx.report(name.get().key().span(), message, fix.get());
          } else {
            ctx.report(name.get().key().span(), message);
          }
        }
      }
    }
  }
}
