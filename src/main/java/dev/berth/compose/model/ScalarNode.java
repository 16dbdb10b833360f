package dev.berth.compose.model;

import dev.berth.core.Span;
import java.util.Optional;

/**
 * A scalar. {@code raw} is its value as YAML reads it (escapes in quoted scalars processed, before
 * interpolation); {@code value} is the value after interpolation; {@code style} says how it was
 * written; {@code type} is the type Compose gives it (see {@link ScalarType}).
 */
public record ScalarNode(
    Span span,
    String raw,
    String value,
    ScalarStyle style,
    ScalarType type,
    Optional<String> tag,
    Optional<Span> alias)
    implements Node {

  /** True for a plain (unquoted) scalar. */
  public boolean isPlain() {
    return style == ScalarStyle.PLAIN;
  }
}
