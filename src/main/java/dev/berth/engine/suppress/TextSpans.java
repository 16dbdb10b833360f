package dev.berth.engine.suppress;

import dev.berth.core.SourceText;
import dev.berth.core.Span;

/** Turns char ranges of a piece of decoded text back into byte spans of the file. */
final class TextSpans {
  private TextSpans() {}

  /**
   * The span of {@code text[from, to)} where {@code text} is the decoded file text starting at byte
   * offset {@code textStart}.
   */
  static Span of(SourceText source, int textStart, String text, int from, int to) {
    int base = source.codePointIndex(textStart);
    int a = Math.max(0, Math.min(from, text.length()));
    int b = Math.max(a, Math.min(to, text.length()));
    int s = source.byteOffset(Math.min(source.codePointCount(), base + text.codePointCount(0, a)));
    int e = source.byteOffset(Math.min(source.codePointCount(), base + text.codePointCount(0, b)));
    return new Span(s, Math.max(s, e));
  }
}
