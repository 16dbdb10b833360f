package dev.berth.compose.model;

import dev.berth.core.Span;

/**
 * A piece of a compose value and the exact characters of the file it was read from: a whole scalar,
 * or a part of one (the host port of {@code "8080:80/udp"}, the mode of {@code ./data:/x:ro}). When
 * the part cannot be located exactly (an interpolated or escaped scalar), the span is the scalar's.
 */
public record SpannedText(String value, Span span) {
  @Override
  public String toString() {
    return value;
  }
}
