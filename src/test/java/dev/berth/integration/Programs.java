package dev.berth.integration;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * External programs the integration tests drive (git, pre-commit, a shell). A test skips with a
 * message where one is missing; CI installs them and passes {@code -Dberth.requireTools=true},
 * which turns the skip into a failure.
 */
final class Programs {
  private Programs() {}

  /** What a program printed (standard output and error together) and its exit code. */
  record Result(int exit, String output) {}

  static Optional<Path> find(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir.isBlank() ? "." : dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p.toAbsolutePath());
      }
    }
    return Optional.empty();
  }

  /** Skips the calling test (fails it under {@code berth.requireTools}) without these programs. */
  static void require(String... names) {
    for (String name : names) {
      if (find(name).isEmpty()) {
        String why = name + " is not on PATH (apt-get install " + name + ")";
        if (Boolean.getBoolean("berth.requireTools")) {
          throw new AssertionError(why + "; CI must install it");
        }
        Assumptions.assumeTrue(false, "skipped: " + why);
      }
    }
  }

  /** The repository this test runs in (Maven runs tests in the project folder). */
  static Path repository() {
    return Path.of("").toAbsolutePath();
  }

  static Result run(Path dir, Map<String, String> env, long timeoutSeconds, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(dir.toFile());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Path log = Files.createTempFile("berth-program", ".log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(
          String.join(" ", command) + " took over " + timeoutSeconds + " s:\n" + read(log));
    }
    String out = read(log);
    Files.deleteIfExists(log);
    return new Result(p.exitValue(), out);
  }

  static Result sh(Path dir, String script) throws IOException, InterruptedException {
    return run(dir, Map.of(), 600, "/bin/sh", "-c", script);
  }

  static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n")));
  }

  private static String read(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }
}
