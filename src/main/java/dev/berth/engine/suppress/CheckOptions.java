package dev.berth.engine.suppress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's check options, {@code skip=A,B|all;error=BOOL;experimental=A,B|all}, parsed as
 * BuildKit parses them: the text is split on {@code ;} into at most three parts; each part must be
 * {@code key=value} with key {@code skip}, {@code error} or {@code experimental} (case-sensitive);
 * {@code error} takes Go's boolean spellings; any other part is an error and no option applies.
 *
 * <p>{@code names} carry their offsets in the parsed text, so callers can point at them.
 */
public record CheckOptions(
    boolean skipAll,
    List<Name> skip,
    boolean error,
    boolean experimentalAll,
    List<Name> experimental) {

  /** A rule name in a list, with its start and end (exclusive) in the parsed text. */
  public record Name(String text, int start, int end) {}

  /** What {@link #parse} found: options, or an error with its place in the text. */
  public record Result(Optional<CheckOptions> options, String error, int errorStart, int errorEnd) {
    public boolean valid() {
      return options.isPresent();
    }
  }

  public static final CheckOptions NONE =
      new CheckOptions(false, List.of(), false, false, List.of());

  private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
  private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");

  public CheckOptions {
    skip = List.copyOf(skip);
    experimental = List.copyOf(experimental);
  }

  /**
   * The value of a {@code # check=} directive or comment: BuildKit cuts it at the first space, so
   * that prose may follow ({@code # check=skip=X // why}).
   */
  public static String cutAtSpace(String value) {
    int sp = value.indexOf(' ');
    return sp < 0 ? value : value.substring(0, sp);
  }

  public static Result parse(String text) {
    int lead = 0;
    while (lead < text.length() && isGoSpace(text.charAt(lead))) {
      lead++;
    }
    int trail = text.length();
    while (trail > lead && isGoSpace(text.charAt(trail - 1))) {
      trail--;
    }
    if (lead == trail) {
      return new Result(Optional.of(NONE), null, 0, 0);
    }
    boolean skipAll = false;
    boolean error = false;
    boolean experimentalAll = false;
    List<Name> skip = new ArrayList<>();
    List<Name> experimental = new ArrayList<>();
    int partStart = lead;
    for (int part = 0; partStart <= trail; part++) {
      int partEnd = part == 2 ? trail : text.indexOf(';', partStart);
      if (partEnd < 0 || partEnd > trail) {
        partEnd = trail;
      }
      String p = text.substring(partStart, partEnd);
      int eq = p.indexOf('=');
      if (eq < 0) {
        return new Result(
            Optional.empty(), "invalid check option \"" + p + "\"", partStart, partEnd);
      }
      String key = p.substring(0, eq).strip();
      int valueStart = partStart + eq + 1;
      switch (key) {
        case "skip":
          {
            List<Name> names = names(text, valueStart, partEnd);
            skipAll = names.size() == 1 && names.get(0).text().equals("all");
            skip = skipAll ? new ArrayList<>() : names;
            break;
          }
        case "experimental":
          {
            List<Name> names = names(text, valueStart, partEnd);
            experimentalAll = names.size() == 1 && names.get(0).text().equals("all");
            experimental = experimentalAll ? new ArrayList<>() : names;
            break;
          }
        case "error":
          {
            String v = text.substring(valueStart, partEnd).strip();
            if (TRUE.contains(v)) {
              error = true;
            } else if (FALSE.contains(v)) {
              error = false;
            } else {
              return new Result(
                  Optional.empty(),
                  "failed to parse check option \"" + p + "\": invalid boolean",
                  partStart,
                  partEnd);
            }
            break;
          }
        default:
          return new Result(
              Optional.empty(), "invalid check option \"" + key + "\"", partStart, partEnd);
      }
      if (partEnd >= trail) {
        break;
      }
      partStart = partEnd + 1;
    }
    return new Result(
        Optional.of(new CheckOptions(skipAll, skip, error, experimentalAll, experimental)),
        null,
        0,
        0);
  }

  /** The comma-separated names of text[from, to), trimmed; empty entries dropped. */
  private static List<Name> names(String text, int from, int to) {
    List<Name> out = new ArrayList<>();
    int s = from;
    while (s <= to) {
      int e = text.indexOf(',', s);
      if (e < 0 || e > to) {
        e = to;
      }
      int a = s;
      int b = e;
      while (a < b && isGoSpace(text.charAt(a))) {
        a++;
      }
      while (b > a && isGoSpace(text.charAt(b - 1))) {
        b--;
      }
      if (a < b) {
        out.add(new Name(text.substring(a, b), a, b));
      }
      s = e + 1;
    }
    return out;
  }

  private static boolean isGoSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
  }
}
