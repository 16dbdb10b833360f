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
    int i = indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(entries.get(i).value());
  }

  /** The entry of a key, when the mapping has it. */
  public Optional<Entry> entry(String key) {
    int i = indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
  }

  /**
   * Where the key's entry is, or -1. An index loop, not an iterator: the launcher runs the C1
   * compiler alone, which does not remove the two iterators of a for-each over an unmodifiable
   * list, and lookups here are the most frequent of a compose lint (about a sixth of its
   * allocations were these iterators).
   */
  private int indexOf(String key) {
    List<Entry> list = entries;
    for (int i = 0, n = list.size(); i < n; i++) {
      if (list.get(i).key().value().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
