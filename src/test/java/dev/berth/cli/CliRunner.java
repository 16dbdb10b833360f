package dev.berth.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the berth command line in-process with captured streams, for tests. */
public final class CliRunner {
  private CliRunner() {}

  /** What a run printed and returned. */
  public record Run(int exit, String out, String err) {}

  public static Run run(Path cwd, String stdin, String... args) {
    return run(cwd, stdin.getBytes(StandardCharsets.UTF_8), Map.of(), args);
  }

  public static Run run(Path cwd, byte[] stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Io io =
        new Io(
            new ByteArrayInputStream(stdin),
            out,
            err,
            new ByteArrayOutputStream(),
            env,
            cwd,
            false);
    int exit = Main.run(args, io);
    return new Run(exit, out.toString(), err.toString());
  }
}
