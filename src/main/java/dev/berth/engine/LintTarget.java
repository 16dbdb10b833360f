package dev.berth.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file to lint: its path (absent for standard input), the name shown in reports, its type, and
 * whether it was named on the command line (rather than found by walking a directory).
 */
public record LintTarget(Optional<Path> path, String displayName, FileType type, boolean explicit) {
  // equals and hashCode written out: a record's generated ones cost a cold JVM a bootstrap each,
  // and targets are map keys on every run's start-up path.
  @Override
  public boolean equals(Object o) {
    return o instanceof LintTarget t
        && path.equals(t.path)
        && displayName.equals(t.displayName)
        && type == t.type
        && explicit == t.explicit;
  }

  @Override
  public int hashCode() {
    return ((path.hashCode() * 31 + displayName.hashCode()) * 31 + type.hashCode()) * 2
        + (explicit ? 1 : 0);
  }

  public boolean isStdin() {
    return path.isEmpty();
  }
}
