package dev.berth.compose.model;

import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * A loaded compose file: its source, the root node of its document when it could be loaded, and the
 * problems found while loading, interpolating and validating it.
 */
public record ComposeFile(SourceText source, Optional<Node> root, List<Problem> problems) {

  /** The root mapping, when the document is a mapping. */
  public Optional<MapNode> rootMap() {
    // not filter(MapNode.class::isInstance): a bound method reference allocates on every call
    return root.isPresent() && root.get() instanceof MapNode m ? Optional.of(m) : Optional.empty();
  }
}
