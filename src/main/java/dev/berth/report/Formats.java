package dev.berth.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The output formats of {@code berth lint --format}, by name. */
public final class Formats {
  /** What the command line decides for every format; only tty looks at it today. */
  public record Options(boolean color) {}

  private static final Map<String, Function<Options, Reporter>> FORMATS = new LinkedHashMap<>();

  static {
    FORMATS.put("tty", o -> new TtyReporter(o.color()));
    FORMATS.put("gnu", o -> new GnuReporter());
    FORMATS.put("json", o -> new JsonReporter());
    FORMATS.put("sarif", o -> new SarifReporter());
    FORMATS.put("checkstyle", o -> new CheckstyleReporter());
    FORMATS.put("codeclimate", o -> new CodeClimateReporter());
    FORMATS.put("junit", o -> new JunitReporter());
    FORMATS.put("github", o -> new GithubReporter());
  }

  private Formats() {}

  /** Every format name, in the order {@code --help} lists them. */
  public static List<String> names() {
    return List.copyOf(FORMATS.keySet());
  }

  public static boolean exists(String name) {
    return FORMATS.containsKey(name);
  }

  /**
   * The reporter for a format name.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the known ones
   */
  public static Reporter create(String name, Options options) {
    Function<Options, Reporter> factory = FORMATS.get(name);
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "' (expected one of: " + String.join(", ", names()) + ")");
    }
    return factory.apply(options);
  }
}
