package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.Optional;

/**
 * A builder flag such as {@code --mount=type=cache,target=/root} or {@code --link}. {@code text} is
 * the flag with quotes and escapes removed, as BuildKit reads it; {@code name} is the part between
 * {@code --} and the first {@code =}, {@code value} what follows that {@code =}.
 */
public record Flag(Span span, String raw, String text, String name, Optional<String> value) {
  public static Flag of(Span span, String raw, String text) {
    String body = text.startsWith("--") ? text.substring(2) : text;
    int eq = body.indexOf('=');
    return eq < 0
        ? new Flag(span, raw, text, body, Optional.empty())
        : new Flag(span, raw, text, body.substring(0, eq), Optional.of(body.substring(eq + 1)));
  }
}
