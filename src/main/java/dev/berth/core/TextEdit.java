package dev.berth.core;

import java.util.Objects;

/**
 * Replace the bytes of {@code span} with {@code replacement} (UTF-8 encoded when applied). An empty
 * span inserts; an empty replacement deletes.
 */
public record TextEdit(Span span, String replacement) implements Comparable<TextEdit> {
  public TextEdit {
    Objects.requireNonNull(span);
    Objects.requireNonNull(replacement);
  }

  public static TextEdit replace(Span span, String replacement) {
    return new TextEdit(span, replacement);
  }

  public static TextEdit insert(int offset, String text) {
    return new TextEdit(Span.empty(offset), text);
  }

  public static TextEdit delete(Span span) {
    return new TextEdit(span, "");
  }

  @Override
  public int compareTo(TextEdit o) {
    return span.compareTo(o.span);
  }
}
