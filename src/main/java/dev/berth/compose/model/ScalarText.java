package dev.berth.compose.model;

import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.Utf8;

/**
 * Locates parts of a scalar's value in the file. A part has its own exact span when the scalar's
 * text in the file is its value written out (a plain or quoted scalar without escapes, folding or
 * interpolation); otherwise every part gets the scalar's whole span.
 */
public final class ScalarText {
  private final ScalarNode node;

  /** Byte offset in the file of the value's first char; -1 when parts cannot be located. */
  private final int start;

  /**
   * Byte offset in the file of each char of the value, plus the end; null when every char is one
   * byte (ASCII, most values), so that char {@code i} is at {@code start + i}.
   */
  private final int[] offsets;

  private ScalarText(ScalarNode node, int start, int[] offsets) {
    this.node = node;
    this.start = start;
    this.offsets = offsets;
  }

  private static ScalarText inexact(ScalarNode node) {
    return new ScalarText(node, -1, null);
  }

  /** The parts of {@code node}, a scalar of {@code source}. */
  public static ScalarText of(SourceText source, ScalarNode node) {
    String value = node.value();
    if (!value.equals(node.raw()) || node.span().end() > source.length()) {
      return inexact(node);
    }
    Span span = node.span();
    int from = span.start();
    int to = span.end();
    if (node.style() == ScalarStyle.SINGLE_QUOTED || node.style() == ScalarStyle.DOUBLE_QUOTED) {
      from++;
      to--;
    } else if (node.style() != ScalarStyle.PLAIN) {
      return inexact(node);
    }
    if (to < from || !source.slice(new Span(from, to)).equals(value)) {
      return inexact(node);
    }
    return new ScalarText(node, from, isAscii(value) ? null : byteOffsets(value, from));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The byte offset of each char of {@code text}, plus its end, for text that starts at byte {@code
   * start} of a file (an escaped invalid byte counts one byte).
   */
  public static int[] byteOffsets(String text, int start) {
    int[] offsets = new int[text.length() + 1];
    int offset = start;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int chars = Character.charCount(cp);
      for (int k = 0; k < chars; k++) {
        offsets[i + k] = offset;
      }
      offset += utf8Length(cp);
      i += chars;
    }
    offsets[text.length()] = offset;
    return offsets;
  }

  private static int utf8Length(int cp) {
    if (cp < 0x80 || Utf8.isEscapedByte(cp)) {
      return 1;
    }
    return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  public ScalarNode node() {
    return node;
  }

  /** Whether parts get spans of their own. */
  public boolean exact() {
    return start >= 0;
  }

  /** The whole value with the scalar's span. */
  public SpannedText whole() {
    return new SpannedText(node.value(), node.span());
  }

  /** The chars {@code [from, to)} of the value. */
  public SpannedText part(int from, int to) {
    return new SpannedText(node.value().substring(from, to), span(from, to));
  }

  /** The span of the chars {@code [from, to)} of the value. */
  public Span span(int from, int to) {
    if (start < 0 || from < 0 || to > node.value().length() || to < from) {
      return node.span();
    }
    return offsets == null
        ? new Span(start + from, start + to)
        : new Span(offsets[from], offsets[to]);
  }
}
