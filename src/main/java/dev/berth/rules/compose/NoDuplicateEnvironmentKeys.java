package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Build;
import dev.berth.compose.model.KeyValue;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.Text;
import dev.berth.core.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The same key twice in the list form of {@code environment}, {@code labels} or {@code build.args}
 * ({@code - A=1} and {@code - A=2}): Compose silently keeps the last. (Twice in the mapping form is
 * a duplicate YAML key, {@code no-duplicate-keys}.)
 */
@RuleInfo(
    id = "no-duplicate-environment-keys",
    name = "no-duplicate-environment-keys",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "A key appears once in list-form environment, labels and build.args.")
public final class NoDuplicateEnvironmentKeys implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      check(ctx, s, s.get("environment"), s.environment(), "environment");
      check(ctx, s, s.get("labels"), s.labels(), "labels");
      Optional<Build> b = s.build();
      if (b.isPresent()) {
        check(ctx, s, b.get().get("args"), b.get().args(), "build.args");
      }
    }
  }

  private static void check(
      ComposeContext ctx, Service s, Optional<Node> node, List<KeyValue> entries, String key) {
    if (node.isEmpty() || !(node.get() instanceof SeqNode)) {
      return;
    }
    Map<String, Text> seen = new HashMap<>();
    for (KeyValue kv : entries) {
      Text first = seen.putIfAbsent(kv.key().value(), kv.key());
      if (first == null) {
        continue;
      }
      ctx.report(
          kv.key().span(),
          "'"
              + kv.key().value()
              + "' is set again in the "
              + key
              + " of service '"
              + s.name().value()
              + "' (first at line "
              + References.line(ctx, first.span())
              + "); Compose keeps only the last value, so remove one");
    }
  }
}
