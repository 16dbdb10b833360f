package dev.berth.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code berth} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = run(args);
    if (System.getProperty("berth.server.key") != null) {
      // BERTH_SERVER=1 and no server took this run: start one for the next (after this run, whose
      // output is out by now, so the new JVM does not slow it down)
      dev.berth.cli.server.ServerStarter.startIfAsked(args);
    }
    System.exit(code);
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
            + String.join(", ", BerthCommand.SUBCOMMANDS)
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
    if (command != null && !BerthCommand.SUBCOMMANDS.contains(command)) {
      return unknownCommand(command, io);
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      PrintWriter out = new PrintWriter(io.out());
      for (String line : new Version().getVersion()) {
        out.println(line);
      }
      out.flush();
      return ExitCodes.OK;
    }
    // The common case, a lint with plain arguments, runs without building picocli's model.
    LintCommand quick = QuickLintArguments.read(args, io);
    if (quick != null) {
      PrintWriter err = new PrintWriter(io.err(), true);
      try {
        return quick.call();
      } catch (Exception e) {
        return failed(e, err, quick.parent.debug);
      } catch (Error e) {
        return failed(e, err, quick.parent.debug);
      }
    }
    BerthCommand top = new BerthCommand(io);
    CommandLine cmd = new CommandLine(top);
    // Building picocli's model of a command costs reflection; a run builds only the one it needs.
    if (command != null) {
      cmd.addSubcommand(command, BerthCommand.subcommand(command));
    } else {
      for (String name : BerthCommand.SUBCOMMANDS) {
        cmd.addSubcommand(name, BerthCommand.subcommand(name));
      }
    }
    cmd.setOut(new PrintWriter(io.out(), true));
    cmd.setErr(new PrintWriter(io.err(), true));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> failed(e, commandLine.getErr(), top.debug));
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
      return failed(e, cmd.getErr(), top.debug);
    }
  }

  /**
   * What a command that threw says and returns: a usage error names the problem (exit 2); anything
   * else is berth's bug (exit 4), with the stack trace under {@code --debug}.
   */
  private static int failed(Throwable e, PrintWriter err, boolean debug) {
    if (e instanceof dev.berth.engine.UsageException) {
      err.println("berth: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    err.println("berth: internal error: " + e);
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("This is a bug in berth; rerun with --debug for details and report it.");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
