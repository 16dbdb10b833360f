package dev.berth.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code berth}: the top command; its work is in the subcommands. */
@Command(
    name = "berth",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lints Dockerfiles and Docker Compose files.")
public final class BerthCommand implements Runnable {
  /** The subcommands' names, in the order {@code --help} lists them. */
  static final java.util.List<String> SUBCOMMANDS =
      java.util.List.of("lint", "parse", "rules", "explain", "bench", "lsp");

  /** A new subcommand object by name (a switch, not a map of lambdas: cheaper at start-up). */
  static Object subcommand(String name) {
    return switch (name) {
      case "lint" -> new LintCommand();
      case "parse" -> new ParseCommand();
      case "rules" -> new RulesCommand();
      case "explain" -> new ExplainCommand();
      case "bench" -> new BenchCommand();
      case "lsp" -> new LspCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  final Io io;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--debug",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of internal errors.")
  boolean debug;

  public BerthCommand(Io io) {
    this.io = io;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
