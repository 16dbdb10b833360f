package dev.berth.compose.model;

import dev.berth.core.Span;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A scalar. {@code raw} is its value as YAML reads it (escapes in quoted scalars processed, before
 * interpolation); {@code value} is the value after interpolation; {@code style} says how it was
 * written; {@code type} is the type Compose gives it (see {@link ScalarType} and {@link
 * YamlScalars}). Only strings are interpolated, and keys never are: for a key and for a scalar that
 * is not a {@link ScalarType#STRING}, {@code value} equals {@code raw}.
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

  public boolean isNull() {
    return type == ScalarType.NULL;
  }

  /** The integer Compose reads, for an {@link ScalarType#INTEGER} (so {@code 0440} is 288). */
  public Optional<BigInteger> integerValue() {
    return type == ScalarType.INTEGER ? YamlScalars.integerValue(raw) : Optional.empty();
  }

  /** The boolean Compose reads, for a {@link ScalarType#BOOLEAN}. */
  public Optional<Boolean> booleanValue() {
    return type == ScalarType.BOOLEAN ? YamlScalars.booleanValue(raw) : Optional.empty();
  }
}
