package dev.berth.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the arguments of {@code berth [--debug] lint ...} straight into a {@link LintCommand},
 * without picocli, when every argument is plain: a known option with a well-formed value, or a
 * path. Building picocli's model of a command (annotations, reflection, proxies) costs about 100 ms
 * of a 300 ms run, so the common case skips it. Anything else (help, a bad number, an unknown or
 * repeated option, an {@code @file}, an option value that starts with {@code -}) gives {@code
 * null}, and picocli reads the arguments and reports what is wrong in its own words. Picocli's
 * model stays the definition of the options: {@code QuickLintArgumentsTest} checks that this reader
 * knows every option picocli knows, with the same arity, and reads every argument list the way
 * picocli does.
 */
final class QuickLintArguments {
  /** How an option takes its value. */
  enum Kind {
    FLAG,
    VALUE,
    LIST
  }

  private QuickLintArguments() {}

  /** The lint command the arguments describe, or null when picocli must read them. */
  static LintCommand read(String[] args, Io io) {
    BerthCommand top = new BerthCommand(io);
    int i = 0;
    for (; i < args.length && !args[i].equals("lint"); i++) {
      if (!args[i].equals("--debug") || top.debug) {
        return null;
      }
      top.debug = true;
    }
    if (i == args.length) {
      return null;
    }
    LintCommand lint = new LintCommand();
    lint.parent = top;
    Set<String> seen = new HashSet<>();
    boolean optionsEnded = false;
    for (i++; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("@")) {
        return null; // picocli reads argument files
      }
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        lint.paths.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      Kind kind = kind(name);
      if (kind == null) {
        return null;
      }
      if (kind == Kind.FLAG) {
        if (value != null || !seen.add(canonical(name))) {
          return null;
        }
        flag(lint, top, name);
        continue;
      }
      if (value == null) {
        if (i + 1 == args.length) {
          return null;
        }
        value = args[++i];
      }
      if (value.startsWith("-") || value.startsWith("@")) {
        return null;
      }
      if (kind == Kind.VALUE && !seen.add(canonical(name))) {
        return null;
      }
      if (!value(lint, name, value)) {
        return null;
      }
    }
    return lint;
  }

  /** Every option this reader knows, and how it takes its value. */
  static final Map<String, Kind> OPTIONS =
      Map.ofEntries(
          Map.entry("--debug", Kind.FLAG),
          Map.entry("--strict-labels", Kind.FLAG),
          Map.entry("--follow-builds", Kind.FLAG),
          Map.entry("--disable-ignore-pragma", Kind.FLAG),
          Map.entry("--no-fail", Kind.FLAG),
          Map.entry("--fix", Kind.FLAG),
          Map.entry("--fix-dry-run", Kind.FLAG),
          Map.entry("--no-shellcheck", Kind.FLAG),
          Map.entry("--color", Kind.FLAG),
          Map.entry("--no-color", Kind.FLAG),
          Map.entry("-f", Kind.VALUE),
          Map.entry("--format", Kind.VALUE),
          Map.entry("-o", Kind.VALUE),
          Map.entry("--output", Kind.VALUE),
          Map.entry("--type", Kind.VALUE),
          Map.entry("--stdin-filename", Kind.VALUE),
          Map.entry("-t", Kind.VALUE),
          Map.entry("--failure-threshold", Kind.VALUE),
          Map.entry("-c", Kind.VALUE),
          Map.entry("--config", Kind.VALUE),
          Map.entry("--project", Kind.VALUE),
          Map.entry("--context", Kind.VALUE),
          Map.entry("--env-file", Kind.VALUE),
          Map.entry("-j", Kind.VALUE),
          Map.entry("--jobs", Kind.VALUE),
          Map.entry("--max-file-size", Kind.VALUE),
          Map.entry("--max-findings-per-file", Kind.VALUE),
          Map.entry("--max-heredoc-size", Kind.VALUE),
          Map.entry("--max-expansion-size", Kind.VALUE),
          Map.entry("--max-dockerfile-tokens", Kind.VALUE),
          Map.entry("--max-yaml-depth", Kind.VALUE),
          Map.entry("--max-yaml-aliases", Kind.VALUE),
          Map.entry("--max-yaml-nodes", Kind.VALUE),
          Map.entry("--shellcheck", Kind.VALUE),
          Map.entry("--shellcheck-timeout", Kind.VALUE),
          Map.entry("--trusted-registry", Kind.LIST),
          Map.entry("--require-label", Kind.LIST),
          Map.entry("--compose-file", Kind.LIST),
          Map.entry("--profile", Kind.LIST),
          Map.entry("--ignore", Kind.LIST),
          Map.entry("--enable", Kind.LIST),
          Map.entry("--error", Kind.LIST),
          Map.entry("--warning", Kind.LIST),
          Map.entry("--info", Kind.LIST),
          Map.entry("--style", Kind.LIST),
          Map.entry("--exclude", Kind.LIST));

  /** How option {@code name} takes its value; null when this reader does not know it. */
  static Kind kind(String name) {
    return OPTIONS.get(name);
  }

  /** One name per option, so that {@code -f} and {@code --format} count as the same option. */
  private static String canonical(String name) {
    return switch (name) {
      case "-f" -> "--format";
      case "-o" -> "--output";
      case "-t" -> "--failure-threshold";
      case "-c" -> "--config";
      case "-j" -> "--jobs";
      case "--no-color" -> "--color";
      default -> name;
    };
  }

  private static void flag(LintCommand lint, BerthCommand top, String name) {
    switch (name) {
      case "--debug" -> top.debug = true;
      case "--strict-labels" -> lint.strictLabels = true;
      case "--follow-builds" -> lint.followBuilds = true;
      case "--disable-ignore-pragma" -> lint.disableIgnorePragma = true;
      case "--no-fail" -> lint.noFail = true;
      case "--fix" -> lint.fix = true;
      case "--fix-dry-run" -> lint.fixDryRun = true;
      case "--no-shellcheck" -> lint.noShellcheck = true;
      case "--color" -> lint.color = Boolean.TRUE;
      case "--no-color" -> lint.color = Boolean.FALSE;
      default -> throw new IllegalArgumentException(name);
    }
  }

  /** Stores one value; false when it is not well-formed (picocli then says why). */
  private static boolean value(LintCommand lint, String name, String value) {
    try {
      switch (canonical(name)) {
        case "--format" -> lint.format = value;
        case "--output" -> lint.output = Path.of(value);
        case "--type" -> lint.type = value;
        case "--stdin-filename" -> lint.stdinFilename = value;
        case "--failure-threshold" -> lint.failureThreshold = value;
        case "--config" -> lint.config = Path.of(value);
        case "--project" -> lint.project = Path.of(value);
        case "--context" -> lint.context = Path.of(value);
        case "--env-file" -> lint.envFile = Path.of(value);
        case "--jobs" -> lint.jobs = integer(value);
        case "--max-file-size" -> lint.maxFileSize = Long.parseLong(digits(value));
        case "--max-findings-per-file" -> lint.maxFindingsPerFile = integer(value);
        case "--max-heredoc-size" -> lint.maxHeredocSize = integer(value);
        case "--max-expansion-size" -> lint.maxExpansionSize = integer(value);
        case "--max-dockerfile-tokens" -> lint.maxDockerfileTokens = integer(value);
        case "--max-yaml-depth" -> lint.maxYamlDepth = integer(value);
        case "--max-yaml-aliases" -> lint.maxYamlAliases = integer(value);
        case "--max-yaml-nodes" -> lint.maxYamlNodes = integer(value);
        case "--shellcheck" -> lint.shellcheck = Path.of(value);
        case "--shellcheck-timeout" -> lint.shellcheckTimeout = integer(value);
        case "--trusted-registry" -> lint.trustedRegistries.add(value);
        case "--require-label" -> lint.requireLabels.add(value);
        case "--compose-file" -> lint.composeFiles.add(Path.of(value));
        case "--profile" -> lint.profiles.add(value);
        case "--ignore" -> lint.ignore.add(value);
        case "--enable" -> lint.enable.add(value);
        case "--error" -> lint.asError.add(value);
        case "--warning" -> lint.asWarning.add(value);
        case "--info" -> lint.asInfo.add(value);
        case "--style" -> lint.asStyle.add(value);
        case "--exclude" -> lint.exclude.add(value);
        default -> {
          return false;
        }
      }
      return true;
    } catch (NumberFormatException | InvalidPathException e) {
      return false;
    }
  }

  private static int integer(String value) {
    return Integer.parseInt(digits(value));
  }

  /**
   * The value when it is plain decimal digits without a leading zero; anything else (signs, hex,
   * octal, blanks) is left to picocli's own number reading, which differs from Java's in places.
   */
  private static String digits(String value) {
    if (value.isEmpty() || value.length() > 18 || (value.length() > 1 && value.charAt(0) == '0')) {
      throw new NumberFormatException(value);
    }
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(value);
      }
    }
    return value;
  }
}
