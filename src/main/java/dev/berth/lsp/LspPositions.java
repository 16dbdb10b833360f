package dev.berth.lsp;

import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.nio.charset.StandardCharsets;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts berth's byte offsets into LSP positions: 0-based lines and columns counted in UTF-16
 * code units, as the protocol's default position encoding says.
 */
final class LspPositions {
  private LspPositions() {}

  static Position position(SourceText source, int byteOffset) {
    int offset = Math.max(0, Math.min(byteOffset, source.length()));
    int line = source.line(offset);
    int start = source.lineStart(line);
    String prefix = new String(source.bytes(), start, offset - start, StandardCharsets.UTF_8);
    return new Position(line - 1, prefix.length());
  }

  static Range range(SourceText source, Span span) {
    return new Range(position(source, span.start()), position(source, span.end()));
  }

  /** Whether two ranges share a position (touching ends count, as editors ask at the cursor). */
  static boolean overlaps(Range a, Range b) {
    return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
  }

  static boolean before(Position a, Position b) {
    return a.getLine() < b.getLine()
        || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
  }
}
