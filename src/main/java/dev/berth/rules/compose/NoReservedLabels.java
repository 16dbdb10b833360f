package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Build;
import dev.berth.compose.model.ListOrMapEntry;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Resource;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A label under {@code com.docker.compose.}, the prefix Compose uses for its own labels (project,
 * service, config hash...), on a service, its build, or a top-level network, volume, secret or
 * config. The specification calls it a runtime error; overriding such a label also confuses
 * Compose's tracking of containers.
 */
@RuleInfo(
    id = "no-reserved-labels",
    name = "no-reserved-labels",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Labels must not use Compose's own com.docker.compose. prefix.")
public final class NoReservedLabels implements ComposeRule {
  private static final String PREFIX = "com.docker.compose.";

  @Override
  public void check(ComposeContext ctx) {
    Project p = ctx.project();
    for (Service s : p.services()) {
      check(ctx, s.labels(), "service ", s.name().value());
      Optional<Build> b = s.build();
      if (b.isPresent()) {
        check(ctx, p.keyValues(b.get().get("labels")), "the build of ", s.name().value());
      }
    }
    for (Map<String, Resource> kind :
        List.of(p.networks(), p.volumes(), p.secrets(), p.configs())) {
      for (Resource r : kind.values()) {
        check(ctx, p.keyValues(r.get("labels")), "", r.id());
      }
    }
  }

  /** Checks the labels of what {@code owner} and {@code name} say, as in "service 'web'". */
  private static void check(
      ComposeContext ctx, List<ListOrMapEntry> labels, String owner, String name) {
    for (ListOrMapEntry kv : labels) {
      if (kv.key().value().startsWith(PREFIX)) {
        ctx.report(
            kv.key().span(),
            "label '"
                + kv.key().value()
                + "' of "
                + owner
                + "'"
                + name
                + "' uses the prefix com.docker.compose., which Compose reserves for its own"
                + " labels; use a prefix of your own, such as com.example.");
      }
    }
  }
}
