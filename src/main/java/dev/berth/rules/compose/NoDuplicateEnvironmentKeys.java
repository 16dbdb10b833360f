package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Build;
import dev.berth.compose.model.ListOrMapEntry;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
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
    fix = Fixability.SOMETIMES,
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
      ComposeContext ctx,
      Service s,
      Optional<Node> node,
      List<ListOrMapEntry> entries,
      String key) {
    if (node.isEmpty() || !(node.get() instanceof SeqNode)) {
      return;
    }
    Map<String, ListOrMapEntry> last = new HashMap<>();
    for (ListOrMapEntry kv : entries) {
      last.put(kv.key().value(), kv);
    }
    for (ListOrMapEntry kv : entries) {
      ListOrMapEntry winner = last.get(kv.key().value());
      if (winner == kv) {
        continue;
      }
      String message =
          "'"
              + kv.key().value()
              + "' is set again in the "
              + key
              + " of service '"
              + s.name().value()
              + "' (line "
              + References.line(ctx, winner.key().span())
              + "), and Compose keeps only the last value, so this one has no effect; remove it";
      Optional<Span> lines =
          kv.node().alias().isPresent()
              ? Optional.empty()
              : WholeLines.ofItem(ctx.source(), kv.node().span());
      if (lines.isPresent()) {
        ctx.report(
            kv.key().span(),
            message,
            Fix.safe("Remove the entry that has no effect", TextEdit.delete(lines.get())));
      } else {
        ctx.report(kv.key().span(), message);
      }
    }
  }
}
