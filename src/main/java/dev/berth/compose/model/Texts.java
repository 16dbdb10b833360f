package dev.berth.compose.model;

import dev.berth.core.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads scalars of one file as {@link SpannedText}s. */
final class Texts {
  private final SourceText source;

  Texts(SourceText source) {
    this.source = source;
  }

  SourceText source() {
    return source;
  }

  ScalarText of(ScalarNode n) {
    return ScalarText.of(source, n);
  }

  static SpannedText text(ScalarNode n) {
    return new SpannedText(n.value(), n.span());
  }

  /** The value of {@code key} when it is a non-null scalar. */
  Optional<SpannedText> scalar(MapNode m, String key) {
    return m.get(key).flatMap(Texts::nonNull).map(Texts::text);
  }

  static Optional<ScalarNode> nonNull(Node n) {
    return n instanceof ScalarNode && !((ScalarNode) n).isNull()
        ? Optional.of((ScalarNode) n)
        : Optional.empty();
  }

  /** The non-null scalars of a sequence, or the one scalar of a scalar. */
  static List<SpannedText> strings(Optional<Node> n) {
    List<SpannedText> out = new ArrayList<>();
    if (n.isEmpty()) {
      return out;
    }
    if (n.get() instanceof SeqNode) {
      for (Node item : ((SeqNode) n.get()).items()) {
        nonNull(item).ifPresent(s -> out.add(text(s)));
      }
    } else {
      nonNull(n.get()).ifPresent(s -> out.add(text(s)));
    }
    return out;
  }

  /** Whether a scalar reads as true (a boolean, or the string "true" after interpolation). */
  static boolean isTrue(Optional<Node> n) {
    return n.flatMap(Texts::nonNull).map(s -> s.value().equalsIgnoreCase("true")).orElse(false);
  }

  static boolean isFalse(Optional<Node> n) {
    return n.flatMap(Texts::nonNull).map(s -> s.value().equalsIgnoreCase("false")).orElse(false);
  }
}
