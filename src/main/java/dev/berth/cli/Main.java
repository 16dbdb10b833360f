package dev.berth.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code berth} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs berth with the given arguments and returns its exit code. */
  public static int run(String[] args) {
    return run(args, Io.system());
  }

  /** {@code berth NAME} where NAME is no command: say which commands there are. */
  private static int unknownCommand(String command, Io io) {
    PrintWriter err = new PrintWriter(io.err(), true);
    err.println(
        "berth: unknown command '"
            + command
            + "'; the commands are "
            + String.join(", ", BerthCommand.SUBCOMMANDS.keySet())
            + ".");
    if (command.equals("-") || java.nio.file.Files.exists(io.workingDirectory().resolve(command))) {
      err.println("To lint it, run 'berth lint " + command + "'.");
    } else {
      err.println("Run 'berth --help' for usage.");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  private static String firstNonOption(String[] args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        return a;
      }
    }
    return null;
  }

  public static int run(String[] args, Io io) {
    String command = firstNonOption(args);
    if (command != null && !BerthCommand.SUBCOMMANDS.containsKey(command)) {
      return unknownCommand(command, io);
    }
    BerthCommand top = new BerthCommand(io);
    CommandLine cmd = new CommandLine(top);
    // Building picocli's model of a command costs reflection; a run builds only the one it needs.
    String first = firstNonOption(args);
    if (first != null && BerthCommand.SUBCOMMANDS.containsKey(first)) {
      cmd.addSubcommand(first, BerthCommand.SUBCOMMANDS.get(first).get());
    } else {
      BerthCommand.SUBCOMMANDS.forEach((name, make) -> cmd.addSubcommand(name, make.get()));
    }
    cmd.setOut(new PrintWriter(io.out(), true));
    cmd.setErr(new PrintWriter(io.err(), true));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof dev.berth.engine.UsageException) {
            err.println("berth: " + e.getMessage());
            return ExitCodes.USAGE;
          }
          err.println("berth: internal error: " + e);
          if (top.debug) {
            e.printStackTrace(err);
          } else {
            err.println("This is a bug in berth; rerun with --debug for details and report it.");
          }
          err.flush();
          return ExitCodes.INTERNAL;
        });
    cmd.setParameterExceptionHandler(
        (e, args1) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("berth: " + e.getMessage());
          err.println(
              "Run '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          err.flush();
          return ExitCodes.USAGE;
        });
    try {
      return cmd.execute(args);
    } catch (Error e) {
      // picocli hands exceptions to the handler above, but errors (a stack overflow, memory) pass
      // through it; without this, the JVM would exit with 1, which means "findings".
      PrintWriter err = cmd.getErr();
      err.println("berth: internal error: " + e);
      err.println("This is a bug in berth; rerun with --debug for details and report it.");
      if (top.debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INTERNAL;
    }
  }
}
