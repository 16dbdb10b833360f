package dev.berth.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the CLI reads and writes: standard streams, environment, working directory and whether
 * standard output is a terminal. Tests pass their own.
 */
public record Io(
    InputStream in,
    Writer out,
    Writer err,
    OutputStream rawOut,
    Map<String, String> env,
    Path workingDirectory,
    boolean stdoutIsTerminal) {

  public static Io system() {
    return new Io(
        System.in,
        new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        System.out,
        System.getenv(),
        Path.of("").toAbsolutePath(),
        System.console() != null);
  }
}
