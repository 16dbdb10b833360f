package dev.berth.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file to lint: its path (absent for standard input), the name shown in reports, and its type.
 */
public record LintTarget(Optional<Path> path, String displayName, FileType type) {
  public boolean isStdin() {
    return path.isEmpty();
  }
}
