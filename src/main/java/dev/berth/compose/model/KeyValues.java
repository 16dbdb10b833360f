package dev.berth.compose.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads list-or-map values ({@code KEY=VALUE} items or {@code KEY: VALUE} entries). */
final class KeyValues {
  private KeyValues() {}

  static List<ListOrMapEntry> of(Optional<Node> n, Texts texts) {
    List<ListOrMapEntry> out = new ArrayList<>();
    if (n.isEmpty()) {
      return out;
    }
    if (n.get() instanceof SeqNode) {
      for (Node item : ((SeqNode) n.get()).items()) {
        Texts.nonNull(item).ifPresent(s -> out.add(split(texts.of(s), '=')));
      }
    } else if (n.get() instanceof MapNode) {
      for (MapNode.Entry e : ((MapNode) n.get()).entries()) {
        Optional<SpannedText> value = Texts.nonNull(e.value()).map(Texts::text);
        out.add(
            new ListOrMapEntry(
                Texts.text(e.key()), value, value.isPresent() ? e.value() : e.key()));
      }
    }
    return List.copyOf(out);
  }

  /** {@code KEY<sep>VALUE} split at the first separator; {@code KEY} alone has no value. */
  static ListOrMapEntry split(ScalarText st, char separator) {
    String v = st.node().value();
    int at = v.indexOf(separator);
    if (at < 0) {
      return new ListOrMapEntry(st.whole(), Optional.empty(), st.node());
    }
    return new ListOrMapEntry(st.part(0, at), Optional.of(st.part(at + 1, v.length())), st.node());
  }
}
