package dev.berth.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths that are not plain readable files: each gets a clear error and exit code, never a hang. */
class HostilePathTest {
  @TempDir Path dir;

  private CliRunner.Run lint(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "lint";
    System.arraycopy(args, 0, all, 1, args.length);
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRunner.run(dir, "", all));
  }

  @Test
  void missingPath() {
    CliRunner.Run r = lint(dir.resolve("missing/Dockerfile").toString());
    assertEquals(2, r.exit());
    assertEquals(
        "berth: " + dir.resolve("missing/Dockerfile") + ": no such file or directory\n", r.err());
  }

  @Test
  void directoryWithTypeIsWalkedByName() throws IOException {
    Files.createDirectories(dir.resolve("d"));
    Files.writeString(dir.resolve("d/Dockerfile"), "FROM alpine:3.20\nENV X\n");
    Files.writeString(dir.resolve("d/notes.txt"), "not linted\n");
    CliRunner.Run r = lint("--type", "dockerfile", "-f", "gnu", dir.resolve("d").toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, r.out().split("\n").length, r.out() + r.err());
    assertTrue(r.out().contains("[InvalidArgumentCount]"), r.out());
  }

  @Test
  void symlinkLoopWhileWalking() throws IOException {
    Path d = Files.createDirectories(dir.resolve("loop/a"));
    Files.createSymbolicLink(d.resolve("back"), dir.resolve("loop"));
    Files.createSymbolicLink(d.resolve("self"), d);
    Files.writeString(d.resolve("Dockerfile"), "FROM alpine:3.20\n");
    CliRunner.Run r = lint(dir.resolve("loop").toString());
    assertEquals(0, r.exit(), r.err() + r.out());
  }

  @Test
  void unreadableFile() throws IOException {
    Path f = dir.resolve("Dockerfile");
    Files.writeString(f, "FROM alpine:3.20\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    assumeTrue(
        !Files.isReadable(f), "skipped: running as a user who can read a mode-000 file (root)");
    CliRunner.Run r = lint(f.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("permission denied"), r.err());
  }

  @Test
  void fifoGivenExplicitlyIsRefusedAndSkippedWhileWalking()
      throws IOException, InterruptedException {
    Path fifo = dir.resolve("w/Dockerfile");
    Files.createDirectories(fifo.getParent());
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mk.waitFor() == 0, "skipped: mkfifo is not available");
    CliRunner.Run explicit = lint(fifo.toString());
    assertEquals(2, explicit.exit());
    assertTrue(explicit.err().contains("not a regular file"), explicit.err());
    // Walking skips it, so the folder holds nothing to lint.
    CliRunner.Run walked = lint(dir.resolve("w").toString());
    assertEquals(2, walked.exit(), walked.err());
    assertTrue(walked.err().contains("no Dockerfile or compose file found"), walked.err());
  }

  @Test
  void directoryAsOutputFile() throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.20\n");
    Files.createDirectories(dir.resolve("out"));
    CliRunner.Run r =
        lint("-o", dir.resolve("out").toString(), dir.resolve("Dockerfile").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("berth: cannot write"), r.err());
  }
}
