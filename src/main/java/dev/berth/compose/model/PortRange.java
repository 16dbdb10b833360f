package dev.berth.compose.model;

import java.util.Optional;

/** A port or an inclusive range of ports, {@code 8080} or {@code 8080-8089}. */
public record PortRange(int start, int end) {

  public static final int MAX = 65535;

  public int size() {
    return end - start + 1;
  }

  public boolean overlaps(PortRange o) {
    return start <= o.end && o.start <= end;
  }

  @Override
  public String toString() {
    return start == end ? Integer.toString(start) : start + "-" + end;
  }

  /**
   * Reads {@code N} or {@code N-M} as Go's {@code nat.ParsePortRange} does: decimal digits, each
   * port 0 to 65535, the end not before the start.
   */
  public static Optional<PortRange> parse(String s) {
    int dash = s.indexOf('-');
    if (dash < 0) {
      int p = port(s);
      return p < 0 ? Optional.empty() : Optional.of(new PortRange(p, p));
    }
    int a = port(s.substring(0, dash));
    int b = port(s.substring(dash + 1));
    if (a < 0 || b < 0 || b < a) {
      return Optional.empty();
    }
    return Optional.of(new PortRange(a, b));
  }

  private static int port(String s) {
    if (s.isEmpty() || s.length() > 12) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
    }
    long v = Long.parseLong(s);
    return v > MAX ? -1 : (int) v;
  }
}
