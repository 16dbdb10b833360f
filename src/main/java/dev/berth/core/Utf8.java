package dev.berth.core;

/**
 * UTF-8 decoding that never loses a byte. Valid sequences (shortest form, no surrogates, at most
 * U+10FFFF, as Go's {@code utf8.DecodeRune} accepts them) become their code points; every byte that
 * is not part of a valid sequence becomes the lone low surrogate {@code U+DC80 + (b - 0x80)} (or
 * {@code U+DC00 + b} for ASCII-range bytes, which never occur: they are always valid). Valid UTF-8
 * never encodes a surrogate, so the escape is unambiguous and {@link #encode} restores the original
 * bytes exactly.
 */
public final class Utf8 {
  private Utf8() {}

  /** First code point used to escape an invalid byte. */
  public static final int ESCAPE_BASE = 0xDC00;

  public static boolean isEscapedByte(int codePoint) {
    return codePoint >= 0xDC80 && codePoint <= 0xDCFF;
  }

  public static int escapedByte(int codePoint) {
    return codePoint - ESCAPE_BASE;
  }

  /**
   * Length of the valid UTF-8 sequence starting at {@code i}, or 0 if the byte there does not start
   * one.
   */
  public static int sequenceLength(byte[] b, int i, int end) {
    int b0 = b[i] & 0xFF;
    if (b0 < 0x80) {
      return 1;
    }
    if (b0 < 0xC2) {
      return 0;
    }
    if (b0 < 0xE0) {
      return i + 1 < end && isCont(b[i + 1]) ? 2 : 0;
    }
    if (b0 < 0xF0) {
      if (i + 2 >= end) {
        return 0;
      }
      int b1 = b[i + 1] & 0xFF;
      if (b0 == 0xE0 && b1 < 0xA0) {
        return 0;
      }
      if (b0 == 0xED && b1 >= 0xA0) {
        return 0;
      }
      return isCont(b[i + 1]) && isCont(b[i + 2]) ? 3 : 0;
    }
    if (b0 < 0xF5) {
      if (i + 3 >= end) {
        return 0;
      }
      int b1 = b[i + 1] & 0xFF;
      if (b0 == 0xF0 && b1 < 0x90) {
        return 0;
      }
      if (b0 == 0xF4 && b1 >= 0x90) {
        return 0;
      }
      return isCont(b[i + 1]) && isCont(b[i + 2]) && isCont(b[i + 3]) ? 4 : 0;
    }
    return 0;
  }

  private static boolean isCont(byte x) {
    return (x & 0xC0) == 0x80;
  }

  /** Decodes the code point of a valid sequence of {@code len} bytes at {@code i}. */
  public static int decodeAt(byte[] b, int i, int len) {
    switch (len) {
      case 1:
        return b[i];
      case 2:
        return ((b[i] & 0x1F) << 6) | (b[i + 1] & 0x3F);
      case 3:
        return ((b[i] & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
      default:
        return ((b[i] & 0x07) << 18)
            | ((b[i + 1] & 0x3F) << 12)
            | ((b[i + 2] & 0x3F) << 6)
            | (b[i + 3] & 0x3F);
    }
  }

  /** Decodes {@code b[start..end)}, escaping invalid bytes. */
  public static String decode(byte[] b, int start, int end) {
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      if (b[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(b, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    StringBuilder sb = new StringBuilder(end - start);
    int i = start;
    while (i < end) {
      int len = sequenceLength(b, i, end);
      if (len == 0) {
        sb.append((char) (ESCAPE_BASE + (b[i] & 0xFF)));
        i++;
      } else {
        sb.appendCodePoint(decodeAt(b, i, len));
        i += len;
      }
    }
    return sb.toString();
  }

  /** Encodes a string, turning escaped bytes back into the bytes they stand for. */
  public static byte[] encode(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isEscapedByte(cp)) {
        out.write(escapedByte(cp));
      } else if (cp < 0x80) {
        out.write(cp);
      } else if (cp < 0x800) {
        out.write(0xC0 | (cp >> 6));
        out.write(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        out.write(0xE0 | (cp >> 12));
        out.write(0x80 | ((cp >> 6) & 0x3F));
        out.write(0x80 | (cp & 0x3F));
      } else {
        out.write(0xF0 | (cp >> 18));
        out.write(0x80 | ((cp >> 12) & 0x3F));
        out.write(0x80 | ((cp >> 6) & 0x3F));
        out.write(0x80 | (cp & 0x3F));
      }
    }
    return out.toByteArray();
  }

  /** Replaces escaped invalid bytes with U+FFFD, as Go does when it decodes runes. */
  public static String replaceInvalid(String s) {
    return replaceEscapedBytes(s, b -> "\uFFFD");
  }

  /** Renders escaped invalid bytes as {@code \xHH} so that text can be shown to a user. */
  public static String printable(String s) {
    return replaceEscapedBytes(s, b -> String.format("\\x%02x", b));
  }

  /**
   * Replaces each escaped invalid byte with {@code replacement.apply(byte)}. The string is read by
   * code points: the low half of a valid surrogate pair (a character beyond U+FFFF, such as
   * U+AB895, whose low half is U+DC95) is part of that character, not an escaped byte.
   */
  private static String replaceEscapedBytes(
      String s, java.util.function.IntFunction<String> replacement) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isEscapedByte(cp)) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 8);
          sb.append(s, 0, i);
        }
        sb.append(replacement.apply(escapedByte(cp)));
      } else if (sb != null) {
        sb.append(s, i, next);
      }
      i = next;
    }
    return sb == null ? s : sb.toString();
  }
}
