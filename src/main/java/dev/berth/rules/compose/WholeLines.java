package dev.berth.rules.compose;

import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.Optional;

/** The lines a block-sequence item occupies, for fixes that delete the item. */
final class WholeLines {
  private WholeLines() {}

  /**
   * The lines of the item whose value is at {@code value}, line breaks included, when nothing else
   * is on them: only blanks and the item's {@code -} before the value, at most a comment after it.
   */
  static Optional<Span> ofItem(SourceText src, Span value) {
    int line = src.line(value.start());
    int lineStart = src.lineStart(line);
    String before = src.slice(new Span(lineStart, value.start())).strip();
    if (!before.equals("-")) {
      return Optional.empty();
    }
    int endLine = src.line(Math.max(value.end() - 1, value.start()));
    int contentEnd = Math.max(value.end(), src.lineContentEnd(endLine));
    String rest = src.slice(new Span(value.end(), contentEnd)).strip();
    if (!rest.isEmpty() && !rest.startsWith("#")) {
      return Optional.empty();
    }
    int end = endLine < src.lineCount() ? src.lineStart(endLine + 1) : src.length();
    return Optional.of(new Span(lineStart, end));
  }
}
