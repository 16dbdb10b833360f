package dev.berth;

import dev.berth.api.ExternalTool;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the {@code shellcheck} on this machine's PATH for the tests that need it. They skip, with
 * a message saying so, where it is not installed; CI installs it and passes {@code
 * -Dberth.requireShellcheck=true}, which turns the skip into a failure.
 */
public final class ShellCheckInstalled {
  private ShellCheckInstalled() {}

  private static final Optional<Path> FOUND = find();

  private static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path p = Path.of(dir, "shellcheck");
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p.toAbsolutePath());
      }
    }
    return Optional.empty();
  }

  /** The installed shellcheck, if there is one. */
  public static Optional<Path> path() {
    return FOUND;
  }

  /** The installed shellcheck with the default time limit, if there is one. */
  public static Optional<ExternalTool> tool() {
    return FOUND.map(p -> new ExternalTool(p, ExternalTool.DEFAULT_TIMEOUT));
  }

  /** The installed shellcheck; skips the calling test when there is none. */
  public static Path require() {
    if (Boolean.getBoolean("berth.requireShellcheck") && FOUND.isEmpty()) {
      throw new AssertionError(
          "shellcheck is not on PATH, and -Dberth.requireShellcheck=true says it must be");
    }
    Assumptions.assumeTrue(
        FOUND.isPresent(),
        "skipped: shellcheck is not installed (on Debian/Ubuntu: apt-get install shellcheck);"
            + " the SC checks cannot be tested without it");
    return FOUND.get();
  }
}
