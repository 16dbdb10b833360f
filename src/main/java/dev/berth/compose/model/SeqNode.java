package dev.berth.compose.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** A sequence. */
public record SeqNode(Span span, List<Node> items, Optional<String> tag, Optional<Span> alias)
    implements Node {
  // equals and hashCode written out, comparing every component as a record does: nodes are set
  // keys in rules, and a record's generated methods cost a cold JVM a bootstrap each.
  @Override
  public boolean equals(Object o) {
    return o instanceof SeqNode n
        && span.equals(n.span)
        && items.equals(n.items)
        && tag.equals(n.tag)
        && alias.equals(n.alias);
  }

  @Override
  public int hashCode() {
    return ((span.hashCode() * 31 + items.hashCode()) * 31 + tag.hashCode()) * 31
        + alias.hashCode();
  }
}
