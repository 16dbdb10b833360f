package dev.berth.compose.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** A mapping, entries in file order, merge keys ({@code <<}) already applied. */
public record MapNode(Span span, List<Entry> entries, Optional<String> tag, Optional<Span> alias)
    implements Node {

  /**
   * One key and its value. {@code merged} is true for an entry that came from a merge key rather
   * than being written in this mapping.
   */
  public record Entry(ScalarNode key, Node value, boolean merged) {}

  /** The value of a key, when the mapping has it. */
  public Optional<Node> get(String key) {
    for (Entry e : entries) {
      if (e.key().value().equals(key)) {
        return Optional.of(e.value());
      }
    }
    return Optional.empty();
  }

  /** The entry of a key, when the mapping has it. */
  public Optional<Entry> entry(String key) {
    for (Entry e : entries) {
      if (e.key().value().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
