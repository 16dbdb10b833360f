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

  // equals and hashCode written out, comparing every component as a record does: scalars are set
  // keys in several rules, and a record's generated methods cost a cold JVM a bootstrap each.
  @Override
  public boolean equals(Object o) {
    return o instanceof ScalarNode n
        && span.equals(n.span)
        && raw.equals(n.raw)
        && value.equals(n.value)
        && style == n.style
        && type == n.type
        && tag.equals(n.tag)
        && alias.equals(n.alias);
  }

  @Override
  public int hashCode() {
    int h = span.hashCode();
    h = h * 31 + raw.hashCode();
    h = h * 31 + value.hashCode();
    h = h * 31 + style.hashCode();
    h = h * 31 + type.hashCode();
    h = h * 31 + tag.hashCode();
    return h * 31 + alias.hashCode();
  }

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
