package dev.berth.rules.compose;

import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and byte sizes of compose values, read as Compose reads them. */
final class Quantities {
  private Quantities() {}

  private static final Pattern BYTES =
      Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?", Pattern.CASE_INSENSITIVE);

  /** A number (an integer or a decimal, as a scalar or a string). */
  static Optional<BigDecimal> number(Optional<Node> n) {
    Optional<ScalarNode> s = scalar(n);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(s.get().value().trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A byte size as go-units' {@code RAMInBytes} reads it: a number with an optional binary unit
   * ({@code 512m}, {@code 1g}, {@code 1GiB}), or a plain integer of bytes.
   */
  static Optional<BigDecimal> bytes(Optional<Node> n) {
    Optional<ScalarNode> s = scalar(n);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = BYTES.matcher(s.get().value().trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal v = new BigDecimal(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    int power = "kmgtp".indexOf(unit.isEmpty() ? "-" : unit) + 1;
    return Optional.of(v.multiply(BigDecimal.valueOf(1024).pow(power)));
  }

  private static Optional<ScalarNode> scalar(Optional<Node> n) {
    return n.filter(ScalarNode.class::isInstance)
        .map(ScalarNode.class::cast)
        .filter(s -> !s.isNull());
  }
}
