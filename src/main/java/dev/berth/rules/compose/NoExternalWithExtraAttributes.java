package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Resource;
import dev.berth.core.Level;
import java.util.Map;

/**
 * A top-level network, volume, secret or config marked {@code external: true} that also sets other
 * attributes (anything but {@code name} and {@code x-*}): Compose does not create external
 * resources, so the attributes cannot apply. The specification says to reject them; compose-go does
 * so for volumes only.
 */
@RuleInfo(
    id = "no-external-with-extra-attributes",
    name = "no-external-with-extra-attributes",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "An external resource sets only external and name.")
public final class NoExternalWithExtraAttributes implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    Project p = ctx.project();
    check(ctx, p.networks(), "network");
    check(ctx, p.volumes(), "volume");
    check(ctx, p.secrets(), "secret");
    check(ctx, p.configs(), "config");
  }

  private static void check(ComposeContext ctx, Map<String, Resource> resources, String kind) {
    for (Resource r : resources.values()) {
      if (!r.external() || r.body().isEmpty()) {
        continue;
      }
      for (MapNode.Entry e : r.body().get().entries()) {
        String key = e.key().value();
        if (key.equals("external") || key.equals("name") || key.startsWith("x-")) {
          continue;
        }
        ctx.report(
            e.key().span(),
            kind
                + " '"
                + r.id()
                + "' is external, so Compose does not create it and '"
                + key
                + "' cannot apply; remove '"
                + key
                + "' or set it where the "
                + kind
                + " is created");
      }
    }
  }
}
