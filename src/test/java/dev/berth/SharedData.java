package dev.berth;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared}, the conformance data and corpus that CI provides next to the
 * repository. Tests that need it skip, with a message saying so, when it is absent (a fresh clone).
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("berth.shared");
    Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
    return p.toAbsolutePath().normalize();
  }

  /** The path under {@code ../shared}; skips the calling test when it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    if (Boolean.getBoolean("berth.requireShared") && !Files.exists(p)) {
      throw new AssertionError(
          p + " is missing, and -Dberth.requireShared=true says it must exist");
    }
    Assumptions.assumeTrue(
        Files.exists(p),
        "skipped: "
            + p
            + " not found (the shared conformance data and corpus live in ../shared;"
            + " CI provides it, a fresh clone does not)");
    return p;
  }
}
