package dev.berth.compose.model;

import dev.berth.core.Span;
import java.util.Optional;

/**
 * A node of a loaded compose document: a mapping, a sequence or a scalar, after anchors, aliases
 * and merge keys are resolved. {@link #span()} is where the node's text is in the file; for a node
 * reached through an alias, that is the anchored node, and {@link #alias()} gives the span of the
 * {@code *alias} that brought it here.
 */
public sealed interface Node permits MapNode, SeqNode, ScalarNode {
  Span span();

  /** The explicit tag, such as {@code !reset} or {@code !override}, when there is one. */
  Optional<String> tag();

  /**
   * The span of the alias this node was reached through, when it was. For a node inside an aliased
   * subtree this is the outermost alias, the one written where the node takes effect.
   */
  Optional<Span> alias();

  /** Where this node takes effect in the text: the alias that brought it, or its own span. */
  default Span site() {
    return alias().orElse(span());
  }
}
