package dev.berth.rules.compose;

import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Numbers and byte sizes of compose values, read as Compose reads them. */
final class Quantities {
  private Quantities() {}

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
    String v = s.get().value().trim().toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '.')) {
      i++;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(v.substring(0, i));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String unit = v.substring(i).strip();
    int power = unit.isEmpty() ? 0 : "kmgtp".indexOf(unit.charAt(0)) + 1;
    String suffix = unit.isEmpty() ? "" : unit.substring(1);
    if (power == 0 && !unit.isEmpty() && !unit.equals("b")
        || !(suffix.isEmpty() || suffix.equals("b") || suffix.equals("i") || suffix.equals("ib"))) {
      return Optional.empty();
    }
    return Optional.of(number.multiply(BigDecimal.valueOf(1024).pow(power)));
  }

  private static Optional<ScalarNode> scalar(Optional<Node> n) {
    // not filter(ScalarNode.class::isInstance): a bound method reference allocates per call
    return n.isPresent() && n.get() instanceof ScalarNode s && !s.isNull()
        ? Optional.of(s)
        : Optional.empty();
  }
}
