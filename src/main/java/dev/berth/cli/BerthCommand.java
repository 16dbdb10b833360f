package dev.berth.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code berth}: the top command; its work is in the subcommands. */
@Command(
    name = "berth",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lints Dockerfiles and Docker Compose files.",
    subcommands = {
      LintCommand.class,
      ParseCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      BenchCommand.class
    })
public final class BerthCommand implements Runnable {
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
