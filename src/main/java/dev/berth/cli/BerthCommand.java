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
  /** The subcommands, by name, in the order {@code --help} lists them. */
  static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS =
      new java.util.LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("lint", LintCommand::new);
    SUBCOMMANDS.put("parse", ParseCommand::new);
    SUBCOMMANDS.put("rules", RulesCommand::new);
    SUBCOMMANDS.put("explain", ExplainCommand::new);
    SUBCOMMANDS.put("bench", BenchCommand::new);
    SUBCOMMANDS.put("lsp", LspCommand::new);
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
