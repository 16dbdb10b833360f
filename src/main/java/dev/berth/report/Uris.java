package dev.berth.report;

import dev.berth.core.Utf8;
import java.io.File;

/** File paths as URI references, for the formats that want URIs (SARIF). */
final class Uris {
  private static final String HEX = "0123456789ABCDEF";

  private Uris() {}

  /** {@link #reference(String, char)} with the platform's name separator. */
  static String reference(String path) {
    return reference(path, File.separatorChar);
  }

  /**
   * A relative path stays a relative reference ({@code deploy/my%20app/compose.yaml}); an absolute
   * one becomes a {@code file:} URI. Every byte outside RFC 3986's unreserved characters, {@code /}
   * and the sub-delimiters is percent-encoded as UTF-8, {@code :} included, so that a first segment
   * is never read as a scheme. A backslash is a separator only where the platform says so.
   */
  static String reference(String path, char separator) {
    String p = separator == '\\' ? path.replace('\\', '/') : path;
    if (p.length() >= 3 && p.charAt(1) == ':' && p.charAt(2) == '/' && isAsciiLetter(p.charAt(0))) {
      return "file:///" + p.substring(0, 2) + encode(p.substring(2));
    }
    if (p.startsWith("//")) {
      return "file:" + encode(p);
    }
    if (p.startsWith("/")) {
      return "file://" + encode(p);
    }
    return encode(p);
  }

  /** The path with forward slashes, for formats that want a plain path on every platform. */
  static String forwardSlashes(String path) {
    return File.separatorChar == '\\' ? path.replace('\\', '/') : path;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String encode(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (byte b : Utf8.encode(s)) {
      int c = b & 0xFF;
      if (keep(c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return sb.toString();
  }

  private static boolean keep(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~/!$&'()*+,;=@".indexOf(c) >= 0;
  }
}
