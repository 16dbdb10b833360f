package dev.berth.dockerfile.shell;

import dev.berth.core.Span;
import dev.berth.dockerfile.model.TextMap;
import java.util.List;
import java.util.Optional;

/**
 * A word of a shell command: its exact {@link #span()} in the Dockerfile, its {@link #raw()} text
 * as written (quotes and escapes kept), and its {@link #value()} with quotes removed and escapes
 * resolved. Expansions ({@code $VAR}, {@code ${VAR}}, {@code $(...)}, backticks, {@code $((...))})
 * stay in the value as written.
 *
 * <p>{@link #fields()} holds what the shell passes to the command when every expansion in the word
 * is statically known (ARG and ENV values in scope, their defaults): one field for a quoted or
 * literal word, none or several for an unquoted variable. It is empty when something in the word is
 * not known (a command substitution, a variable with no known value).
 *
 * <p>A word that comes from splitting an expansion ({@link #isSplit()}) has the span and raw text
 * of the word as written, and the field as its value.
 */
public final class ShellWord {
  private final Span span;
  private final String raw;
  private final String value;
  private final TextMap map;
  private final Optional<List<String>> fields;
  private final boolean split;

  ShellWord(Span span, String raw, String value, TextMap map, Optional<List<String>> fields) {
    this(span, raw, value, map, fields, false);
  }

  private ShellWord(
      Span span,
      String raw,
      String value,
      TextMap map,
      Optional<List<String>> fields,
      boolean split) {
    this.span = span;
    this.raw = raw;
    this.value = value;
    this.map = map;
    this.fields = fields;
    this.split = split;
  }

  /** A word with no quoting or expansion at {@code span}, for exec-form elements and tests. */
  static ShellWord literal(Span span, String raw, String value, TextMap map) {
    return new ShellWord(span, raw, value, map, Optional.of(List.of(value)));
  }

  public Span span() {
    return span;
  }

  public String raw() {
    return raw;
  }

  public String value() {
    return value;
  }

  public Optional<List<String>> fields() {
    return fields;
  }

  /** True when {@link #value()} is what the command receives: no expansion, or a known one. */
  public boolean isKnown() {
    return fields.isPresent() && fields.get().size() == 1 && fields.get().get(0).equals(value);
  }

  /** True for a field of a split expansion; its span is the whole word as written. */
  public boolean isSplit() {
    return split;
  }

  /**
   * The file span of the chars {@code [from, to)} of {@link #value()}; the whole word for a split
   * field.
   */
  public Span span(int from, int to) {
    if (split || map == null) {
      return span;
    }
    return map.span(from, to);
  }

  /** The value with a map of each of its chars to the file, to read it as a script. */
  TextMap valueMap() {
    return map;
  }

  /**
   * The words the shell makes of this one: itself when its value is known; one word per field when
   * a known expansion gives something else; itself (unknown) otherwise.
   */
  List<ShellWord> expand() {
    if (fields.isEmpty() || isKnown()) {
      return List.of(this);
    }
    return fields.get().stream()
        .map(f -> new ShellWord(span, raw, f, null, Optional.of(List.of(f)), true))
        .toList();
  }

  @Override
  public String toString() {
    return value + "@" + span;
  }
}
