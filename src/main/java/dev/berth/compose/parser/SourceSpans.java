package dev.berth.compose.parser;

import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.Utf8;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Turns snakeyaml marks (code point indices into the decoded text) into byte offsets, and trims
 * node spans to the node's own text.
 */
final class SourceSpans {
  private final SourceText source;
  private final byte[] bytes;

  SourceSpans(SourceText source) {
    this.source = source;
    this.bytes = source.bytes();
  }

  SourceText source() {
    return source;
  }

  /** Byte offset of a mark; the end of the file when the mark is past it or missing. */
  int offset(Optional<Mark> mark) {
    // not map with a lambda: that allocates a capturing lambda per mark (twice per node)
    return mark.isPresent() ? offset(mark.get().getIndex()) : bytes.length;
  }

  /** Byte offset of a code point index of the decoded text. */
  int offset(int codePointIndex) {
    int cp = Math.max(0, Math.min(codePointIndex, source.codePointCount()));
    return source.byteOffset(cp);
  }

  int start(Event e) {
    return offset(e.getStartMark());
  }

  int end(Event e) {
    return offset(e.getEndMark());
  }

  /** A span of one character at a byte offset (empty at the end of the file). */
  Span charAt(int offset) {
    if (offset >= bytes.length) {
      return Span.empty(bytes.length);
    }
    int len = Utf8.sequenceLength(bytes, offset, bytes.length);
    return new Span(offset, offset + Math.max(1, len));
  }

  /**
   * The offset where a node's content starts, after its anchor and tag properties and the blanks
   * and comments that follow them; {@code limit} when the node has no content before it.
   */
  int afterProperties(int start, int limit) {
    int i = start;
    while (i < limit && (bytes[i] == '&' || bytes[i] == '!')) {
      while (i < limit && !isBlank(bytes[i])) {
        i++;
      }
      while (i < limit) {
        if (isBlank(bytes[i])) {
          i++;
        } else if (bytes[i] == '#') {
          while (i < limit && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
          }
        } else {
          break;
        }
      }
    }
    return i;
  }

  /** The end of a span with trailing blanks and line breaks removed, never before {@code start}. */
  int trimEnd(int start, int end) {
    int e = end;
    while (e > start + 1 && isBlank(bytes[e - 1])) {
      e--;
    }
    return e;
  }

  /** The text between two byte offsets, decoded. */
  String text(int start, int end) {
    return source.slice(new Span(start, end));
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }
}
