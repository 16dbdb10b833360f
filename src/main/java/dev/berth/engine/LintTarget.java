package dev.berth.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file to lint: its path (absent for standard input), the name shown in reports, its type, and
 * whether it was named on the command line (rather than found by walking a directory).
 */
public record LintTarget(Optional<Path> path, String displayName, FileType type, boolean explicit) {
  public boolean isStdin() {
    return path.isEmpty();
  }
}
