package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.InstructionKind;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flag value BuildKit refuses: a value flag without {@code =value}; a boolean flag that is not
 * true or false; {@code --chmod} neither octal nor symbolic; {@code --chown} empty or with two
 * colons; {@code --network} other than default, none or host; {@code --security} other than sandbox
 * or insecure; {@code COPY --from} empty or not starting with a letter or digit; {@code ADD
 * --checksum} that is no digest, or with several sources; a {@code --mount} field BuildKit does not
 * know or whose value it cannot read; a HEALTHCHECK duration that Go's {@code time.ParseDuration}
 * refuses, is negative, or is below one millisecond without being zero; {@code --retries} not an
 * integer of at least 0. Values holding a variable are checked only for their shape.
 */
@RuleInfo(
    id = "FlagValueInvalid",
    name = "flag-value-invalid",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Give every flag a value BuildKit accepts.")
public final class FlagValueInvalid implements DockerfileRule {
  /** Compiled on first use, not when the rule is registered: most files never need them. */
  private static final class Patterns {
    static final Pattern OCTAL = Pattern.compile("[0-7]+");
    static final Pattern FROM = Pattern.compile("[A-Za-z0-9].*", Pattern.DOTALL);
    static final Pattern CHECKSUM =
        Pattern.compile(
            "sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128}|[a-f0-9]{7,64}");
    static final Pattern DURATION_PART =
        Pattern.compile("([0-9]*+(?:\\.[0-9]*+)?+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)");
  }

  private static final Map<String, Long> UNITS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "\u00b5s", 1_000L,
          "\u03bcs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);
  private static final Set<String> MOUNT_TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");
  private static final Set<String> MOUNT_KEYS =
      Set.of(
          "type",
          "from",
          "source",
          "src",
          "target",
          "dst",
          "destination",
          "readonly",
          "ro",
          "readwrite",
          "rw",
          "id",
          "sharing",
          "mode",
          "uid",
          "gid",
          "required",
          "size",
          "env");

  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      Map<String, BuildkitSyntax.FlagType> known = BuildkitSyntax.flags(i);
      for (Flag f : i.flags()) {
        if (f.text().equals("--")) {
          break;
        }
        BuildkitSyntax.FlagType type = known.get(f.name());
        if (type == null) {
          continue;
        }
        if (type == BuildkitSyntax.FlagType.BOOL) {
          checkBool(ctx, f);
        } else if (f.value().isEmpty()) {
          ctx.report(f.span(), "--" + f.name() + " needs a value; write --" + f.name() + "=VALUE");
        } else {
          problem(i, f, f.value().get()).ifPresent(m -> ctx.report(f.span(), m));
        }
      }
      if (i instanceof Add a && a.flag("checksum").isPresent() && a.sources().size() > 1) {
        ctx.report(
            a.flag("checksum").get().span(),
            "--checksum applies to one source, this ADD has "
                + a.sources().size()
                + "; split it into one ADD per source");
      }
    }
  }

  private static void checkBool(DockerfileContext ctx, Flag f) {
    if (f.value().isEmpty()) {
      return;
    }
    String v = f.value().get();
    if (v.isEmpty()) {
      ctx.report(
          f.span(), "--" + f.name() + "= has an empty value; write --" + f.name() + " alone");
    } else if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
      ctx.report(
          f.span(),
          "--"
              + f.name()
              + " takes true or false, not '"
              + v
              + "'; write --"
              + f.name()
              + " alone");
    }
  }

  private static Optional<String> problem(Instruction i, Flag f, String v) {
    String name = f.name();
    if (i.kind() == InstructionKind.RUN && name.equals("mount")) {
      return mount(v);
    }
    if (i.kind() == InstructionKind.HEALTHCHECK) {
      return name.equals("retries") ? retries(v) : duration(name, v);
    }
    if (BuildkitSyntax.hasVariable(v)) {
      return Optional.empty();
    }
    switch (name) {
      case "chmod":
        return Patterns.OCTAL.matcher(v).matches() || symbolicMode(v)
            ? Optional.empty()
            : Optional.of("--chmod=" + v + " is not a file mode; write octal such as 0755, or u+x");
      case "chown":
        {
          String[] parts = v.split(":", -1);
          boolean bad = v.isEmpty() || parts.length > 2 || parts[0].isEmpty() && parts[1].isEmpty();
          return bad
              ? Optional.of(
                  "--chown=" + v + " is not user[:group]; write --chown=USER or USER:GROUP")
              : Optional.empty();
        }
      case "network":
        return Set.of("default", "none", "host").contains(v)
            ? Optional.empty()
            : Optional.of("--network=" + v + " is not a network mode; use default, none or host");
      case "security":
        return Set.of("sandbox", "insecure").contains(v)
            ? Optional.empty()
            : Optional.of("--security=" + v + " is not a security mode; use sandbox or insecure");
      case "from":
        return Patterns.FROM.matcher(v).matches()
            ? Optional.empty()
            : Optional.of("--from needs a stage name, stage index or image; '" + v + "' is none");
      case "checksum":
        return Patterns.CHECKSUM.matcher(v).matches()
            ? Optional.empty()
            : Optional.of("--checksum=" + v + " is not a digest; write sha256:<64 hex digits>");
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> retries(String v) {
    if (BuildkitSyntax.hasVariable(v)) {
      return Optional.empty();
    }
    try {
      if (Integer.parseInt(v) >= 0) {
        return Optional.empty();
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return Optional.of("--retries=" + v + " is not a whole number of at least 0");
  }

  private static Optional<String> duration(String name, String v) {
    if (BuildkitSyntax.hasVariable(v)) {
      return Optional.empty();
    }
    Optional<BigInteger> ns = nanos(v);
    if (ns.isEmpty()) {
      return Optional.of(
          "--" + name + "=" + v + " is not a duration; write a number and a unit, 30s");
    }
    BigInteger d = ns.get();
    if (d.signum() < 0) {
      return Optional.of("--" + name + " cannot be negative");
    }
    if (d.signum() > 0 && d.compareTo(BigInteger.valueOf(1_000_000L)) < 0) {
      return Optional.of(
          "--" + name + "=" + v + " is below 1ms; use at least 1ms, or 0 for the default");
    }
    return Optional.empty();
  }

  /** A duration as Go's {@code time.ParseDuration} reads it, in nanoseconds; empty when invalid. */
  static Optional<BigInteger> nanos(String v) {
    String s = v;
    boolean negative = false;
    if (s.startsWith("-") || s.startsWith("+")) {
      negative = s.startsWith("-");
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Optional.of(BigInteger.ZERO);
    }
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = Patterns.DURATION_PART.matcher(s);
    int at = 0;
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    while (at < s.length()) {
      m.region(at, s.length());
      if (!m.lookingAt()) {
        return Optional.empty();
      }
      String number = m.group(1);
      if (number.isEmpty() || number.equals(".")) {
        return Optional.empty();
      }
      total =
          total.add(
              new java.math.BigDecimal(number.startsWith(".") ? "0" + number : number)
                  .multiply(java.math.BigDecimal.valueOf(UNITS.get(m.group(2)))));
      at = m.end();
    }
    BigInteger n = total.toBigInteger();
    return Optional.of(negative ? n.negate() : n);
  }

  private static Optional<String> mount(String v) {
    if (v.indexOf('"') >= 0) {
      return Optional.empty();
    }
    for (String field : v.split(",", -1)) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT).strip();
      String value = eq < 0 ? null : field.substring(eq + 1);
      if (!MOUNT_KEYS.contains(key)) {
        return Optional.of(
            "--mount has no field '" + key + "'; fields are type, source, target, from, id, ...");
      }
      if (value == null) {
        if (Set.of("readonly", "ro", "readwrite", "rw", "required").contains(key)) {
          continue;
        }
        return Optional.of("--mount field '" + field + "' needs a value; write " + key + "=VALUE");
      }
      if (BuildkitSyntax.hasVariable(value)) {
        continue;
      }
      String lower = value.toLowerCase(Locale.ROOT);
      switch (key) {
        case "type":
          if (!MOUNT_TYPES.contains(lower)) {
            return Optional.of(
                "--mount type '" + value + "' is unknown; use bind, cache, tmpfs, secret or ssh");
          }
          break;
        case "sharing":
          if (!Set.of("shared", "private", "locked").contains(lower)) {
            return Optional.of(
                "--mount sharing=" + value + " is unknown; use shared, private or locked");
          }
          break;
        case "mode":
          if (!Patterns.OCTAL.matcher(value).matches()) {
            return Optional.of("--mount mode=" + value + " is not an octal file mode");
          }
          break;
        case "uid", "gid":
          if (!value.matches("[0-9]+")) {
            return Optional.of("--mount " + key + "=" + value + " is not a numeric id");
          }
          break;
        case "readonly", "ro", "readwrite", "rw", "required":
          if (!Set.of(
                  "1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False")
              .contains(value)) {
            return Optional.of("--mount " + key + "=" + value + " is not true or false");
          }
          break;
        default:
          break;
      }
    }
    return Optional.empty();
  }

  /**
   * A symbolic chmod mode as {@code chmod} reads it: comma-separated clauses, each who-letters
   * ({@code ugoa}) then one or more actions, an operator ({@code -+=}) followed by permission
   * letters ({@code rwxXst}) or one of {@code ugo}. Read by hand: a regular expression with nested
   * repetition recurses once per clause and overflows the stack on long values.
   */
  static boolean symbolicMode(String v) {
    if (v.isEmpty()) {
      return false;
    }
    for (String clause : v.split(",", -1)) {
      int i = 0;
      while (i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0) {
        i++;
      }
      int actions = 0;
      while (i < clause.length() && "-+=".indexOf(clause.charAt(i)) >= 0) {
        i++;
        actions++;
        if (i < clause.length() && "ugo".indexOf(clause.charAt(i)) >= 0) {
          i++;
          continue;
        }
        while (i < clause.length() && "rwxXst".indexOf(clause.charAt(i)) >= 0) {
          i++;
        }
      }
      if (actions == 0 || i != clause.length()) {
        return false;
      }
    }
    return true;
  }
}
