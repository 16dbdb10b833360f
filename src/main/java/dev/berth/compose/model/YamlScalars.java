package dev.berth.compose.model;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a scalar means to Compose. Compose reads YAML with Go's go-yaml, whose scalar resolution is
 * neither YAML 1.1 nor the YAML 1.2 core schema; berth follows it so that it sees the same values:
 *
 * <ul>
 *   <li>Only plain (unquoted) scalars are resolved; quoted and block scalars are always strings.
 *   <li>Booleans are {@code true}/{@code false} in lower, title or upper case only. YAML 1.1's
 *       {@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n} are strings (in YAML
 *       1.1 they are booleans).
 *   <li>Null is the empty plain scalar, {@code ~} and {@code null}/{@code Null}/{@code NULL}.
 *   <li>Integers are read like Go's {@code strconv.ParseInt(s, 0, 64)} after removing every {@code
 *       _}: {@code 0x1F}, {@code 0o17}, {@code 0b101}, {@code 1_000} are integers, and a leading
 *       zero means octal, so {@code 0440} is 288 (the YAML 1.2 core schema reads it as decimal
 *       440). Values above the signed 64-bit range up to the unsigned one are integers too.
 *   <li>Floats are decimal numbers with a fraction or an exponent ({@code 1.5}, {@code 1e3}, {@code
 *       .5}), and {@code .inf}, {@code -.inf}, {@code .nan} in the three cases. A leading-zero
 *       number that is not valid octal, such as {@code 08}, is the float 8.
 *   <li>Sexagesimal numbers ({@code 22:22}, YAML 1.1's base 60) and timestamps are strings.
 * </ul>
 */
public final class YamlScalars {
  private YamlScalars() {}

  private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSE = Set.of("false", "False", "FALSE");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> NAN = Set.of(".nan", ".NaN", ".NAN");
  private static final Set<String> POSITIVE_INFINITY =
      Set.of(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF");
  private static final Set<String> NEGATIVE_INFINITY = Set.of("-.inf", "-.Inf", "-.INF");

  /** go-yaml's test for a decimal float spelled the YAML way. */
  private static final Pattern YAML_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");

  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /**
   * The type of a scalar. {@code tag} is the explicit tag as berth keeps it ({@code !!str} for the
   * core tags, {@code !reset} for a local tag); {@code !reset} and {@code !override} do not change
   * the type, another unknown tag makes the scalar a string.
   */
  public static ScalarType resolve(String raw, ScalarStyle style, Optional<String> tag) {
    String t = tag.orElse("");
    switch (t) {
      case "":
      case "!reset":
      case "!override":
        return style == ScalarStyle.PLAIN ? resolvePlain(raw) : ScalarType.STRING;
      case "!!str":
        return ScalarType.STRING;
      case "!!null":
        return ScalarType.NULL;
      case "!!bool":
        return TRUE.contains(raw) || FALSE.contains(raw) ? ScalarType.BOOLEAN : ScalarType.STRING;
      case "!!int":
        return integerValue(raw).isPresent() ? ScalarType.INTEGER : ScalarType.STRING;
      case "!!float":
        return floatValue(raw).isPresent() || integerValue(raw).isPresent()
            ? ScalarType.FLOAT
            : ScalarType.STRING;
      default:
        return ScalarType.STRING;
    }
  }

  /** The type go-yaml gives an untagged plain scalar. */
  public static ScalarType resolvePlain(String raw) {
    if (!raw.isEmpty() && "~nNtTfF.+-0123456789".indexOf(raw.charAt(0)) < 0) {
      return ScalarType.STRING;
    }
    if (NULL.contains(raw)) {
      return ScalarType.NULL;
    }
    if (TRUE.contains(raw) || FALSE.contains(raw)) {
      return ScalarType.BOOLEAN;
    }
    if (NAN.contains(raw) || POSITIVE_INFINITY.contains(raw) || NEGATIVE_INFINITY.contains(raw)) {
      return ScalarType.FLOAT;
    }
    char first = raw.charAt(0);
    if (first == '.') {
      return DOT_FLOAT.matcher(raw).matches() && finite(raw) ? ScalarType.FLOAT : ScalarType.STRING;
    }
    if (first != '+' && first != '-' && (first < '0' || first > '9')) {
      return ScalarType.STRING;
    }
    String plain = raw.replace("_", "");
    if (goInteger(plain).isPresent()) {
      return ScalarType.INTEGER;
    }
    if (YAML_FLOAT.matcher(plain).matches() && finite(plain)) {
      return ScalarType.FLOAT;
    }
    return ScalarType.STRING;
  }

  /** The integer a plain scalar stands for, read with Go's rules; empty if it is not one. */
  public static Optional<BigInteger> integerValue(String raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    return goInteger(raw.replace("_", ""));
  }

  /** The float a plain scalar stands for; empty if it is not a float. */
  public static OptionalDouble floatValue(String raw) {
    if (NAN.contains(raw)) {
      return OptionalDouble.of(Double.NaN);
    }
    if (POSITIVE_INFINITY.contains(raw)) {
      return OptionalDouble.of(Double.POSITIVE_INFINITY);
    }
    if (NEGATIVE_INFINITY.contains(raw)) {
      return OptionalDouble.of(Double.NEGATIVE_INFINITY);
    }
    String plain = raw.startsWith(".") ? raw : raw.replace("_", "");
    if ((YAML_FLOAT.matcher(plain).matches() || DOT_FLOAT.matcher(plain).matches())
        && finite(plain)) {
      return OptionalDouble.of(Double.parseDouble(plain));
    }
    return OptionalDouble.empty();
  }

  /** The boolean a plain scalar stands for; empty if it is not one. */
  public static Optional<Boolean> booleanValue(String raw) {
    if (TRUE.contains(raw)) {
      return Optional.of(Boolean.TRUE);
    }
    if (FALSE.contains(raw)) {
      return Optional.of(Boolean.FALSE);
    }
    return Optional.empty();
  }

  /** True for YAML 1.1 booleans that Compose reads as strings: yes, no, on, off, y, n. */
  public static boolean isYaml11Boolean(String raw) {
    switch (raw.toLowerCase(java.util.Locale.ROOT)) {
      case "y":
      case "yes":
      case "n":
      case "no":
      case "on":
      case "off":
        return true;
      default:
        return false;
    }
  }

  private static boolean finite(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Go's {@code strconv.ParseInt(s, 0, 64)}, falling back to {@code ParseUint(s, 0, 64)} as go-yaml
   * does: an optional sign (not for the unsigned fallback), then {@code 0x}, {@code 0o}, {@code 0b}
   * or a leading {@code 0} for hexadecimal, octal, binary, octal; decimal otherwise.
   */
  private static Optional<BigInteger> goInteger(String s) {
    int i = 0;
    boolean negative = false;
    boolean signed = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      signed = true;
      i++;
    }
    int radix = 10;
    if (s.length() - i >= 2 && s.charAt(i) == '0') {
      char p = Character.toLowerCase(s.charAt(i + 1));
      if (p == 'x') {
        radix = 16;
        i += 2;
      } else if (p == 'o') {
        radix = 8;
        i += 2;
      } else if (p == 'b') {
        radix = 2;
        i += 2;
      } else {
        radix = 8;
        i += 1;
      }
    }
    if (i >= s.length()) {
      return Optional.empty();
    }
    for (int j = i; j < s.length(); j++) {
      if (Character.digit(s.charAt(j), radix) < 0 || s.charAt(j) > 0x7f) {
        return Optional.empty();
      }
    }
    BigInteger magnitude = new BigInteger(s.substring(i), radix);
    BigInteger value = negative ? magnitude.negate() : magnitude;
    if (value.compareTo(INT64_MIN) >= 0 && value.compareTo(INT64_MAX) <= 0) {
      return Optional.of(value);
    }
    if (!signed && value.compareTo(UINT64_MAX) <= 0) {
      return Optional.of(value);
    }
    return Optional.empty();
  }
}
