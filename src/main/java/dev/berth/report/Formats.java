package dev.berth.report;

import java.util.List;

/** The output formats of {@code berth lint --format}, by name. */
public final class Formats {
  /** What the command line decides for every format; only tty looks at it today. */
  public record Options(boolean color) {}

  /** The names create() knows, in the order {@code --help} lists them. */
  private static final List<String> NAMES =
      List.of("tty", "gnu", "json", "sarif", "checkstyle", "codeclimate", "junit", "github");

  private Formats() {}

  /** Every format name, in the order {@code --help} lists them. */
  public static List<String> names() {
    return NAMES;
  }

  public static boolean exists(String name) {
    return NAMES.contains(name);
  }

  /**
   * The reporter for a format name.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the known ones
   */
  public static Reporter create(String name, Options options) {
    // a switch, not a map of lambdas: each lambda costs a cold JVM a bootstrap
    switch (name) {
      case "tty":
        return new TtyReporter(options.color());
      case "gnu":
        return new GnuReporter();
      case "json":
        return new JsonReporter();
      case "sarif":
        return new SarifReporter();
      case "checkstyle":
        return new CheckstyleReporter();
      case "codeclimate":
        return new CodeClimateReporter();
      case "junit":
        return new JunitReporter();
      case "github":
        return new GithubReporter();
      default:
        throw new IllegalArgumentException(
            "unknown format '" + name + "' (expected one of: " + String.join(", ", names()) + ")");
    }
  }
}
