package dev.berth.rules.compose;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How compose-go reads strings at typed places: booleans, integers and floats as Go's {@code
 * strconv} parses them, durations as go-str2duration does, byte sizes as go-units does, and IP
 * addresses as Go's {@code net} package does. Each method answers only whether the text is
 * accepted; berth never needs the value.
 */
final class GoValues {
  private GoValues() {}

  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern FLOAT =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern BYTES = Pattern.compile("(?i)([0-9]+(\\.[0-9]+)*) ?([kmgtp])?i?b?");
  private static final Pattern DURATION_UNIT =
      Pattern.compile("ns|us|\u00b5s|\u03bcs|ms|s|m|h|d|w");

  /** The kinds of value compose-go casts a string to. */
  enum Kind {
    BOOLEAN("a boolean (true or false)"),
    INTEGER("an integer"),
    FLOAT("a number");

    final String description;

    Kind(String description) {
      this.description = description;
    }

    boolean accepts(String s) {
      switch (this) {
        case BOOLEAN:
          return booleanValue(s).isPresent();
        case INTEGER:
          return isInt64(s);
        default:
          return isFloat(s);
      }
    }
  }

  /**
   * compose-go's boolean cast: {@code true}/{@code false} in any case, and YAML 1.1's {@code y},
   * {@code yes}, {@code on}, {@code n}, {@code no}, {@code off} (accepted with a warning).
   */
  static Optional<Boolean> booleanValue(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "true":
      case "y":
      case "yes":
      case "on":
        return Optional.of(true);
      case "false":
      case "n":
      case "no":
      case "off":
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }

  /** Go's {@code strconv.ParseInt(s, 10, 64)}. */
  static boolean isInt64(String s) {
    if (!DECIMAL.matcher(s).matches()) {
      return false;
    }
    BigInteger v = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
    return v.compareTo(INT64_MIN) >= 0 && v.compareTo(INT64_MAX) <= 0;
  }

  /** Go's {@code strconv.ParseFloat(s, 64)} for the decimal forms and inf/nan. */
  static boolean isFloat(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    l = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
    if (l.equals("inf") || l.equals("infinity") || l.equals("nan")) {
      return true;
    }
    return FLOAT.matcher(s).matches();
  }

  /**
   * go-str2duration: a sign, then one or more number-unit pairs ({@code 1h30m}, {@code 1.5s});
   * units {@code ns us µs ms s m h d w}; {@code 0} alone needs no unit.
   */
  static boolean isDuration(String s) {
    String rest = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
    if (rest.equals("0")) {
      return true;
    }
    if (rest.isEmpty()) {
      return false;
    }
    int i = 0;
    while (i < rest.length()) {
      int start = i;
      while (i < rest.length() && Character.isDigit(rest.charAt(i)) && rest.charAt(i) < 0x80) {
        i++;
      }
      boolean digits = i > start;
      if (i < rest.length() && rest.charAt(i) == '.') {
        i++;
        int frac = i;
        while (i < rest.length() && rest.charAt(i) >= '0' && rest.charAt(i) <= '9') {
          i++;
        }
        digits |= i > frac;
      }
      if (!digits) {
        return false;
      }
      int unit = i;
      while (i < rest.length()
          && !(rest.charAt(i) >= '0' && rest.charAt(i) <= '9')
          && rest.charAt(i) != '.') {
        i++;
      }
      if (!DURATION_UNIT.matcher(rest.substring(unit, i)).matches()) {
        return false;
      }
    }
    return true;
  }

  /** compose-go's byte size: a plain integer ({@code -1} included), else go-units' RAMInBytes. */
  static boolean isByteSize(String s) {
    return isInt64(s) || BYTES.matcher(s).matches();
  }

  /** Go's {@code net.ParseIP}: a dotted IPv4 address or an IPv6 address without a zone. */
  static boolean isIp(String s) {
    return isIpv4(s) || isIpv6(s);
  }

  static boolean isIpv4(String s) {
    List<String> parts = split(s, '.');
    if (parts.size() != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      if (p.length() > 1 && p.charAt(0) == '0' || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String s) {
    if (!s.contains(":")) {
      return false;
    }
    int ellipsis = s.indexOf("::");
    if (ellipsis >= 0 && s.indexOf("::", ellipsis + 1) >= 0) {
      return false;
    }
    String head = ellipsis >= 0 ? s.substring(0, ellipsis) : s;
    String tail = ellipsis >= 0 ? s.substring(ellipsis + 2) : "";
    int groups = 0;
    String[][] halves = {
      head.isEmpty() ? new String[0] : head.split(":", -1),
      tail.isEmpty() ? new String[0] : tail.split(":", -1)
    };
    for (int h = 0; h < 2; h++) {
      String[] g = halves[h];
      for (int k = 0; k < g.length; k++) {
        boolean last = k == g.length - 1 && (h == 1 || ellipsis < 0);
        if (last && g[k].contains(".")) {
          if (!isIpv4(g[k])) {
            return false;
          }
          groups += 2;
        } else if (g[k].isEmpty()
            || g[k].length() > 4
            || !g[k].chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
          return false;
        } else {
          groups++;
        }
      }
    }
    return ellipsis >= 0 ? groups < 8 : groups == 8;
  }

  /** The parts of {@code s} between the {@code separator}s, empty parts included. */
  static List<String> split(String s, char separator) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, start)) {
      out.add(s.substring(start, i));
      start = i + 1;
    }
    out.add(s.substring(start));
    return out;
  }

  /** An address with a prefix length, {@code 172.28.0.0/16} or {@code fd00::/64}. */
  static boolean isCidr(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String ip = s.substring(0, slash);
    String bits = s.substring(slash + 1);
    if (bits.isEmpty()
        || bits.length() > 3
        || !bits.chars().allMatch(c -> c >= '0' && c <= '9')
        || bits.length() > 1 && bits.startsWith("0")) {
      return false;
    }
    int n = Integer.parseInt(bits);
    return isIpv4(ip) ? n <= 32 : isIpv6(ip) && n <= 128;
  }
}
