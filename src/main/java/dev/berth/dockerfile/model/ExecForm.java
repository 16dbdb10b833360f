package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;

/**
 * A command or file list in JSON (exec) form, {@code ["a", "b"]}. {@code elements} are the array's
 * elements with their decoded text; {@code stringsOnly} is false when an element is not a string,
 * which BuildKit rejects.
 */
public record ExecForm(Span span, String raw, List<Word> elements, boolean stringsOnly)
    implements Command {
  @Override
  public String joined() {
    StringBuilder sb = new StringBuilder();
    for (Word w : elements) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.text());
    }
    return sb.toString();
  }
}
