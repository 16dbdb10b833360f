package dev.berth.dockerfile.model;

import dev.berth.core.GoText;
import dev.berth.core.Span;

/** An instruction's keyword as written ({@code RUN}, {@code run}, {@code Run}). */
public record Keyword(Span span, String raw, String text, InstructionKind kind) {
  /** The lower-cased keyword, as BuildKit dumps it. */
  public String name() {
    return GoText.toLower(text);
  }

  /** True when the keyword is all upper case or all lower case. */
  public boolean isConsistentlyCased() {
    return text.equals(text.toUpperCase(java.util.Locale.ROOT))
        || text.equals(text.toLowerCase(java.util.Locale.ROOT));
  }
}
