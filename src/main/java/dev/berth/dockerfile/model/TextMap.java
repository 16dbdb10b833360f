package dev.berth.dockerfile.model;

import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.Utf8;

/**
 * Maps each UTF-16 index of a logical text (continuation lines joined, as BuildKit reads an
 * instruction) back to the byte offset in the file where that character came from, so that a
 * finding inside a long {@code RUN} lands on its real line and column.
 */
public final class TextMap {
  private final String text;

  /** The byte offset of each char, and of the end; built on first use for a map of runs. */
  private volatile int[] offsets;

  /**
   * For a map of runs: the index of the first char of each run, ascending from 0, and its byte
   * offset; each later char of a run is one byte after the one before it. Null otherwise.
   */
  private final int[] runStarts;

  private final int[] runOffsets;

  private final int endOffset;

  /** {@code offsets} has one byte offset per char of {@code text}, plus one for the end. */
  public TextMap(String text, int[] offsets) {
    if (offsets.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "map length " + offsets.length + " for text of " + text.length());
    }
    this.text = text;
    this.offsets = offsets;
    this.runStarts = null;
    this.runOffsets = null;
    this.endOffset = 0;
  }

  private TextMap(String text, int[] runStarts, int[] runOffsets, int endOffset) {
    this.text = text;
    this.runStarts = runStarts;
    this.runOffsets = runOffsets;
    this.endOffset = endOffset;
  }

  /**
   * The map of a text of one-byte chars in runs: run {@code k} starts at char {@code runStarts[k]}
   * (ascending, the first 0) and byte {@code runOffsets[k]}, and each later char of a run is the
   * next byte; the end of the text is at byte {@code endOffset}. The arrays are kept, not copied.
   */
  public static TextMap ofRuns(String text, int[] runStarts, int[] runOffsets, int endOffset) {
    if (runStarts.length == 0 || runStarts[0] != 0 || runStarts.length != runOffsets.length) {
      throw new IllegalArgumentException("bad runs for text of " + text.length());
    }
    return new TextMap(text, runStarts, runOffsets, endOffset);
  }

  private int[] offsets() {
    int[] o = offsets;
    if (o == null) {
      int n = text.length();
      o = new int[n + 1];
      for (int k = 0; k < runStarts.length; k++) {
        int from = Math.min(runStarts[k], n);
        int to = k + 1 < runStarts.length ? Math.min(runStarts[k + 1], n) : n;
        int shift = runOffsets[k] - runStarts[k];
        for (int i = from; i < to; i++) {
          o[i] = shift + i;
        }
      }
      o[n] = endOffset;
      offsets = o;
    }
    return o;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Byte offset of the char at {@code index}; {@code index == length()} gives the end. */
  public int offset(int index) {
    return offsets()[index];
  }

  /** The file span covering the chars {@code [from, to)} of the text. */
  public Span span(int from, int to) {
    int[] offsets = offsets();
    if (to <= from) {
      return Span.empty(offsets[from]);
    }
    return new Span(offsets[from], offsets[to - 1] + byteLength(to - 1));
  }

  private int byteLength(int index) {
    char c = text.charAt(index);
    if (Character.isSurrogate(c)) {
      // Both halves of a pair map to the character's first byte; a lone low half is an escaped
      // byte.
      boolean lowHalfOfPair =
          Character.isLowSurrogate(c)
              && index > 0
              && Character.isHighSurrogate(text.charAt(index - 1));
      return Utf8.isEscapedByte(c) && !lowHalfOfPair ? 1 : 4;
    }
    return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }

  /** The map of the chars {@code [from, to)}. */
  public TextMap slice(int from, int to) {
    return new TextMap(
        text.substring(from, to), java.util.Arrays.copyOfRange(offsets(), from, to + 1));
  }

  /** The text of a span of the file, each char mapped to its byte offset. */
  public static TextMap of(SourceText src, Span span) {
    String text = src.slice(span);
    int n = text.length();
    int[] offsets = new int[n + 1];
    int cp = src.codePointIndex(span.start());
    int max = src.codePointCount();
    for (int i = 0; i < n; cp++) {
      int start = src.byteOffset(Math.min(cp, max));
      int units =
          Character.isHighSurrogate(text.charAt(i))
                  && i + 1 < n
                  && Character.isLowSurrogate(text.charAt(i + 1))
              ? 2
              : 1;
      for (int k = 0; k < units; k++, i++) {
        offsets[i] = start;
      }
    }
    offsets[n] = span.end();
    return new TextMap(text, offsets);
  }
}
