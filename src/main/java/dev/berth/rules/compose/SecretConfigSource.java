package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Resource;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A top-level secret needs exactly one of {@code file} and {@code environment}, a config exactly
 * one of {@code file}, {@code environment} and {@code content}, unless it is external or made by a
 * {@code driver}. Compose refuses the others.
 */
@RuleInfo(
    id = "secret-config-source",
    name = "secret-config-source",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Secrets and configs have exactly one source.")
public final class SecretConfigSource implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    Project p = ctx.project();
    check(ctx, p.secrets(), "secret", List.of("file", "environment"));
    check(ctx, p.configs(), "config", List.of("file", "environment", "content"));
  }

  private static void check(
      ComposeContext ctx, Map<String, Resource> resources, String kind, List<String> sources) {
    for (Resource r : resources.values()) {
      if (r.external() || r.get("driver").isPresent()) {
        continue;
      }
      List<MapNode.Entry> given = new ArrayList<>();
      Optional<MapNode> body = r.body();
      for (int i = 0; body.isPresent() && i < sources.size(); i++) {
        Optional<MapNode.Entry> e = body.get().entry(sources.get(i));
        if (e.isPresent()) {
          given.add(e.get());
        }
      }
      if (given.isEmpty()) {
        ctx.report(
            r.key().span(),
            kind
                + " '"
                + r.id()
                + "' has no source; give it one of "
                + String.join(", ", sources)
                + " (or external: true)");
      }
      for (int i = 1; i < given.size(); i++) {
        ctx.report(
            given.get(i).key().span(),
            kind
                + " '"
                + r.id()
                + "' has both "
                + given.get(0).key().value()
                + " and "
                + given.get(i).key().value()
                + "; keep only one of "
                + String.join(", ", sources));
      }
    }
  }
}
