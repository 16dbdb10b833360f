package dev.berth;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/** Executable shell scripts standing in for external programs (a hung or broken shellcheck). */
public final class FakePrograms {
  private FakePrograms() {}

  /**
   * Writes {@code dir/name}, a {@code /bin/sh} script running {@code body}; skips off POSIX
   * systems.
   */
  public static Path write(Path dir, String name, String body) throws IOException {
    Assumptions.assumeTrue(
        File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/sh")),
        "skipped: needs /bin/sh");
    Path p = dir.resolve(name);
    Files.writeString(p, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    return p;
  }
}
