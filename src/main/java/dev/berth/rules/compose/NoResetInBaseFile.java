package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;

/**
 * A {@code !reset} or {@code !override} tag in a file that overrides nothing: one of the names
 * Compose loads first ({@code compose.yaml}, {@code docker-compose.yml}...) with a single document.
 * The tags act only when a file is merged onto another, so here they do nothing.
 */
@RuleInfo(
    id = "no-reset-in-base-file",
    name = "no-reset-in-base-file",
    level = dev.berth.core.Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "!reset and !override belong in override files.")
public final class NoResetInBaseFile implements ComposeRule {
  /** The tag's own characters, written before the node's content; the node when not found. */
  private static Span tagSpan(ComposeContext ctx, Node n, String tag) {
    byte[] bytes = ctx.source().bytes();
    byte[] want = tag.getBytes(StandardCharsets.UTF_8);
    int from = Math.max(0, n.span().start() - 256);
    for (int i = Math.min(n.span().start(), bytes.length) - want.length; i >= from; i--) {
      if (Arrays.equals(bytes, i, i + want.length, want, 0, want.length)) {
        return new Span(i, i + want.length);
      }
    }
    return n.span();
  }

  @Override
  public void check(ComposeContext ctx) {
    String name = ctx.source().name().replace('\\', '/');
    String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (!ctx.project().namedAsBase() || ctx.source().text().contains("\n---")) {
      return;
    }
    Deque<Node> todo = new ArrayDeque<>();
    ctx.model().root().ifPresent(todo::push);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (n.alias().isPresent()) {
        continue;
      }
      n.tag()
          .filter(t -> t.equals("!reset") || t.equals("!override"))
          .ifPresent(
              t ->
                  ctx.report(
                      tagSpan(ctx, n, t),
                      t
                          + " has no effect in "
                          + base
                          + ", which is not merged onto another file; write the value you want"
                          + " directly, or move the tag to an override file"));
      if (n instanceof MapNode) {
        for (MapNode.Entry e : ((MapNode) n).entries()) {
          if (!e.merged()) {
            todo.push(e.value());
          }
        }
      } else if (n instanceof SeqNode) {
        ((SeqNode) n).items().forEach(todo::push);
      }
    }
  }
}
