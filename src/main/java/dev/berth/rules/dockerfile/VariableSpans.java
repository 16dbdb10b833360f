package dev.berth.rules.dockerfile;

import dev.berth.core.Span;
import dev.berth.dockerfile.model.Word;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a variable reference is written in a word. */
final class VariableSpans {
  private VariableSpans() {}

  /**
   * The span of the first {@code $name} or {@code ${name...}} in the word's source, or the whole
   * word when it cannot be found.
   */
  static Span of(Word w, String name) {
    Matcher m =
        Pattern.compile(
                "\\$(?:\\{"
                    + Pattern.quote(name)
                    + "(?![A-Za-z0-9_])[^}]*\\}?|"
                    + Pattern.quote(name)
                    + "(?![A-Za-z0-9_]))")
            .matcher(w.raw());
    return m.find() ? BuildkitSyntax.inRaw(w, m.start(), m.end()) : w.span();
  }
}
