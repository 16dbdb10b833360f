package dev.berth.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact bytes of one file, their decoded text, and the index that turns byte offsets into lines
 * and columns.
 *
 * <p>Offsets in {@link Span}s are byte offsets into {@link #bytes()}. The decoded {@link #text()}
 * omits a leading UTF-8 byte order mark and represents each byte that is not valid UTF-8 by an
 * escape code point (see {@link Utf8}); {@link #byteOffset(int)} maps a code point index of the
 * text back to its byte offset. Lines end at LF, CRLF or a lone CR. Columns count code points.
 */
public final class SourceText {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String name;
  private final byte[] bytes;
  private final int bomLength;
  private final String text;

  /** Byte offset of each code point of {@link #text}, plus the end; null when one byte each. */
  private final int[] cpByte;

  private final int codePointCount;
  private final int[] lineStarts;
  private final List<Span> invalidUtf8;
  private final int firstNul;

  private SourceText(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
    this.bomLength = startsWith(bytes, BOM) ? BOM.length : 0;
    boolean ascii = true;
    int nul = -1;
    for (int i = bomLength; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b < 0) {
        ascii = false;
      } else if (b == 0 && nul < 0) {
        nul = i;
      }
    }
    this.firstNul = nul;
    List<Span> invalid = new ArrayList<>();
    if (ascii) {
      this.text =
          new String(
              bytes,
              bomLength,
              bytes.length - bomLength,
              java.nio.charset.StandardCharsets.ISO_8859_1);
      this.cpByte = null;
      this.codePointCount = bytes.length - bomLength;
    } else {
      StringBuilder sb = new StringBuilder(bytes.length);
      int[] map = new int[bytes.length - bomLength + 1];
      int n = 0;
      int i = bomLength;
      while (i < bytes.length) {
        map[n++] = i;
        int len = Utf8.sequenceLength(bytes, i, bytes.length);
        if (len == 0) {
          sb.append((char) (Utf8.ESCAPE_BASE + (bytes[i] & 0xFF)));
          if (!invalid.isEmpty() && invalid.get(invalid.size() - 1).end() == i) {
            Span last = invalid.remove(invalid.size() - 1);
            invalid.add(new Span(last.start(), i + 1));
          } else {
            invalid.add(new Span(i, i + 1));
          }
          i++;
        } else {
          sb.appendCodePoint(Utf8.decodeAt(bytes, i, len));
          i += len;
        }
      }
      map[n] = bytes.length;
      this.text = sb.toString();
      this.cpByte = Arrays.copyOf(map, n + 1);
      this.codePointCount = n;
    }
    this.invalidUtf8 = List.copyOf(invalid);
    this.lineStarts = computeLineStarts(bytes);
  }

  public static SourceText of(String name, byte[] bytes) {
    return new SourceText(name, bytes);
  }

  public static SourceText of(String name, String content) {
    return new SourceText(name, Utf8.encode(content));
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int[] computeLineStarts(byte[] b) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < b.length; i++) {
      byte c = b[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** The name shown in reports: the path as given or found. */
  public String name() {
    return name;
  }

  /** The original bytes. Callers must not modify the array. */
  public byte[] bytes() {
    return bytes;
  }

  public int length() {
    return bytes.length;
  }

  public int bomLength() {
    return bomLength;
  }

  /** The decoded text, without a byte order mark, invalid bytes escaped. */
  public String text() {
    return text;
  }

  public int codePointCount() {
    return codePointCount;
  }

  /** Byte offset of the code point with the given index in {@link #text()}. */
  public int byteOffset(int codePointIndex) {
    if (cpByte == null) {
      return bomLength + codePointIndex;
    }
    return cpByte[codePointIndex];
  }

  /** Index in {@link #text()} of the code point that contains the given byte offset. */
  public int codePointIndex(int byteOffset) {
    if (byteOffset <= bomLength) {
      return 0;
    }
    if (cpByte == null) {
      return byteOffset - bomLength;
    }
    int i = Arrays.binarySearch(cpByte, byteOffset);
    return i >= 0 ? i : -i - 2;
  }

  /** The text of a span, decoded the same way as {@link #text()}. */
  public String slice(Span span) {
    return Utf8.decode(bytes, Math.max(span.start(), bomLength), span.end());
  }

  public boolean hasInvalidUtf8() {
    return !invalidUtf8.isEmpty();
  }

  /** Runs of bytes that are not valid UTF-8, in file order. */
  public List<Span> invalidUtf8() {
    return invalidUtf8;
  }

  /** Byte offset of the first NUL byte, or -1. */
  public int firstNul() {
    return firstNul;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** 1-based line containing the byte offset. */
  public int line(int byteOffset) {
    int i = Arrays.binarySearch(lineStarts, byteOffset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** Byte offset where a 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** Byte offset where a 1-based line's content ends, before its line break. */
  public int lineContentEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] : bytes.length;
    if (end > lineStart(line) && bytes[end - 1] == '\n') {
      end--;
    }
    if (end > lineStart(line) && bytes[end - 1] == '\r') {
      end--;
    }
    return end;
  }

  /** The text of a 1-based line without its line break. */
  public String lineText(int line) {
    return slice(new Span(lineStart(line), lineContentEnd(line)));
  }

  public Position position(int byteOffset) {
    int line = line(byteOffset);
    int start = Math.max(lineStart(line), bomLength);
    int column = byteOffset <= start ? 1 : codePointIndex(byteOffset) - codePointIndex(start) + 1;
    return new Position(line, column);
  }

  /** Position of the first character of a span. */
  public Position start(Span span) {
    return position(span.start());
  }

  /**
   * Inclusive end position of a span: the position of its last character, or its start when the
   * span is empty.
   */
  public Position endInclusive(Span span) {
    if (span.isEmpty()) {
      return position(span.start());
    }
    int last = span.end() - 1;
    if (cpByte != null && last >= bomLength) {
      last = byteOffset(codePointIndex(last));
    }
    return position(last);
  }
}
