package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Ordering of a sequence of scalars by a key taken from each item's text. */
final class SequenceOrder {
  private SequenceOrder() {}

  /**
   * Checks that the items of a sequence are in order of {@code key(item text)}: the text as
   * written, before variables are substituted, so that the order does not depend on the
   * environment. An item that is not a scalar sorts by {@code other}, when given; without it the
   * sequence is not checked.
   */
  static void check(
      ComposeContext ctx,
      SeqNode seq,
      Function<String, String> key,
      Comparator<String> order,
      String what,
      String title) {
    check(
        ctx,
        seq,
        n -> n instanceof ScalarNode s ? Optional.of(s.raw()) : Optional.empty(),
        key,
        order,
        what,
        title);
  }

  static void check(
      ComposeContext ctx,
      SeqNode seq,
      Function<Node, Optional<String>> text,
      Function<String, String> key,
      Comparator<String> order,
      String what,
      String title) {
    List<Reorder.Item> items = Reorder.items(ctx.source(), seq);
    List<Ordering.Entry<String>> entries = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      Node n = seq.items().get(i);
      Optional<String> t = text.apply(n);
      if (t.isEmpty()) {
        return;
      }
      String k = key.apply(t.get());
      entries.add(new Ordering.Entry<>(k, k, n.span(), items.get(i)));
    }
    Ordering.check(ctx, seq, entries, order, what, title);
  }
}
