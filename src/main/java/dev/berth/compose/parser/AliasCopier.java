package dev.berth.compose.parser;

import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Expands an alias: copies the anchored subtree, every copied node remembering the alias that
 * brought it. Counts the nodes it produces over the whole file and stops at the limit, so that an
 * alias bomb costs bounded time and memory. The recursion is bounded by the subtree's height, which
 * the composer keeps under the depth limit.
 */
final class AliasCopier {
  private final int limit;
  private int produced;

  AliasCopier(int limit) {
    this.limit = limit;
  }

  int produced() {
    return produced;
  }

  Node copy(Node node, Span alias) {
    count(alias);
    Optional<Span> via = Optional.of(alias);
    if (node instanceof ScalarNode s) {
      return new ScalarNode(s.span(), s.raw(), s.value(), s.style(), s.type(), s.tag(), via);
    }
    if (node instanceof SeqNode seq) {
      List<Node> items = new ArrayList<>(seq.items().size());
      for (Node item : seq.items()) {
        items.add(copy(item, alias));
      }
      return new SeqNode(seq.span(), Collections.unmodifiableList(items), seq.tag(), via);
    }
    MapNode map = (MapNode) node;
    List<MapNode.Entry> entries = new ArrayList<>(map.entries().size());
    for (MapNode.Entry e : map.entries()) {
      ScalarNode key = (ScalarNode) copy(e.key(), alias);
      entries.add(new MapNode.Entry(key, copy(e.value(), alias), e.merged()));
    }
    return new MapNode(map.span(), Collections.unmodifiableList(entries), map.tag(), via);
  }

  private void count(Span alias) {
    if (++produced > limit) {
      throw new LoadAbort(
          new Problem(
              ComposeProblemCodes.NO_YAML_ALIAS_CYCLE,
              Level.ERROR,
              alias,
              "Expanding the aliases of this file produces more than "
                  + limit
                  + " nodes (an alias bomb, like \"billion laughs\"); the file was not loaded."
                  + " Use fewer nested aliases (or raise the limit with --max-yaml-aliases)."));
    }
  }
}
