package dev.berth.shellcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.FakePrograms;
import dev.berth.ShellCheckInstalled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process for many scripts, and every way a shellcheck program can misbehave. */
class ShellCheckProcessTest {
  @TempDir Path dir;

  private static Path fake(Path dir, String name, String body) throws IOException {
    return FakePrograms.write(dir, name, body);
  }

  private static ShellCheckRun run(Path exe, long seconds, String... scripts) {
    return ShellCheckProcess.run(
        exe, Duration.ofSeconds(seconds), List.of(scripts), ShellCheckCache.at(Optional.empty()));
  }

  @Test
  void scriptsGoToNewFoldersOnlyTheUserCanRead() throws IOException {
    Assumptions.assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView("posix"), "skipped: no POSIX");
    Set<Path> seen = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      Path p = ShellCheckProcess.privateFolder(dir);
      assertTrue(seen.add(p), "a new folder each time: " + p);
      assertEquals(dir, p.getParent());
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
      assertTrue(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
    }
  }

  @Test
  void scriptsAreCheckedEachOnItsOwnInOneRun() {
    Path shellcheck = ShellCheckInstalled.require();
    ShellCheckRun r =
        run(
            shellcheck,
            30,
            "#!/bin/sh\nx=1\n",
            "#!/bin/sh\necho $x\n",
            "#!/bin/bash\n[[ -n \"$1\" ]]\n");
    assertTrue(r.failure().isEmpty(), r.failure().toString());
    // x assigned in the first script is unused there and unknown in the second; bash accepts [[ ]]
    assertTrue(
        r.comments().stream().anyMatch(c -> c.script() == 0 && c.code() == 2034),
        r.comments().toString());
    assertTrue(
        r.comments().stream()
            .anyMatch(c -> c.script() == 1 && c.code() == 2154 && c.line() == 2 && c.column() == 6),
        r.comments().toString());
    assertTrue(r.comments().stream().noneMatch(c -> c.script() == 2), r.comments().toString());
    ShellCheckComment c =
        r.comments().stream().filter(x -> x.code() == 2154).findFirst().orElseThrow();
    assertEquals("warning", c.level());
    assertEquals(8, c.endColumn());
  }

  @Test
  void excludedCodesAreNotReported() {
    Path shellcheck = ShellCheckInstalled.require();
    ShellCheckRun r = run(shellcheck, 30, "#!/bin/sh\n. \"$HOME/env\"\n. /etc/profile\n");
    assertTrue(r.failure().isEmpty(), r.failure().toString());
    assertTrue(
        r.comments().stream().noneMatch(c -> c.code() == 1090 || c.code() == 1091),
        r.comments().toString());
  }

  @Test
  void manyScriptsAreSplitOverFewProcesses() throws IOException {
    Path shellcheck = ShellCheckInstalled.require();
    Path log = dir.resolve("calls.log");
    Path wrapper =
        fake(dir, "counting", "echo x >> '" + log + "'\nexec '" + shellcheck + "' \"$@\"");
    String[] scripts = new String[ShellCheckProcess.SCRIPTS_PER_PROCESS + 5];
    for (int i = 0; i < scripts.length; i++) {
      scripts[i] = "#!/bin/sh\necho $v" + i + "\n";
    }
    ShellCheckRun r = run(wrapper, 60, scripts);
    assertTrue(r.failure().isEmpty(), r.failure().toString());
    assertEquals(2, Files.readAllLines(log).size());
    assertTrue(
        r.comments().stream().anyMatch(c -> c.script() == scripts.length - 1),
        "the last script's comments are kept");
  }

  @Test
  void aHungShellcheckIsStoppedAtTheTimeLimit() throws IOException {
    Path hung = fake(dir, "hung", "sleep 60 &\nsleep 60");
    long start = System.nanoTime();
    ShellCheckRun r = run(hung, 1, "#!/bin/sh\ntrue\n");
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    assertTrue(seconds < 10, "took " + seconds + " s");
    assertEquals(
        "ShellCheck did not finish within 1 s; the SC checks of this file were skipped",
        r.failure().orElseThrow());
    assertTrue(r.comments().isEmpty());
  }

  @Test
  void unreadableOutputIsAFailureNotACrash() throws IOException {
    assertTrue(
        run(fake(dir, "garbage", "echo 'this is not {json'"), 10, "true\n")
            .failure()
            .orElseThrow()
            .startsWith("ShellCheck's output could not be read"));
    assertTrue(
        run(fake(dir, "empty", "true"), 10, "true\n")
            .failure()
            .orElseThrow()
            .startsWith("ShellCheck's output could not be read"));
    assertTrue(
        run(
                fake(
                    dir,
                    "noposition",
                    "echo "
                        + "'{\"comments\":[{\"file\":\"0.sh\",\"level\":\"error\","
                        + "\"message\":\"m\"}]}'"),
                10,
                "true\n")
            .failure()
            .orElseThrow()
            .contains("without position"));
    assertTrue(
        run(
                fake(
                    dir,
                    "otherfile",
                    "echo "
                        + "'{\"comments\":[{\"file\":\"/etc/x.sh\",\"line\":1,\"column\":1,"
                        + "\"endLine\":1,\"endColumn\":1,\"code\":1000,\"level\":\"error\","
                        + "\"message\":\"m\"}]}'"),
                10,
                "true\n")
            .failure()
            .isPresent());
    assertTrue(run(fake(dir, "array", "echo '[1,2,3]'"), 10, "true\n").failure().isPresent());
    assertTrue(
        run(fake(dir, "binary", "head -c 2000 /dev/urandom"), 10, "true\n").failure().isPresent());
  }

  @Test
  void unknownFieldsAndAnEmptyListAreFine() throws IOException {
    ShellCheckRun r =
        run(
            fake(
                dir,
                "future",
                "echo "
                    + "'{\"version\":9,\"comments\":[{\"file\":\"0.sh\",\"line\":2,\"column\":3,"
                    + "\"endLine\":2,\"endColumn\":4,"
                    + "\"code\":2086,\"level\":\"info\",\"message\":\"m\","
                    + "\"fix\":{\"replacements\":[]},\"new\":[1]}]}'"),
            10,
            "x\n");
    assertTrue(r.failure().isEmpty(), r.failure().toString());
    assertEquals(List.of(new ShellCheckComment(0, 2, 3, 2, 4, "info", 2086, "m")), r.comments());
    assertTrue(run(fake(dir, "clean", "echo '{\"comments\":[]}'"), 10, "x\n").comments().isEmpty());
  }

  @Test
  void failuresSayWhat() throws IOException {
    assertEquals(
        "ShellCheck failed (exit code 4): unknown option --norc",
        run(fake(dir, "old", "echo 'unknown option --norc' >&2\nexit 4"), 10, "x\n")
            .failure()
            .orElseThrow());
    Path notExecutable = dir.resolve("plain");
    Files.writeString(notExecutable, "not a program");
    assertTrue(
        run(notExecutable, 10, "x\n")
            .failure()
            .orElseThrow()
            .startsWith("ShellCheck could not be started"));
  }

  @Test
  void floodingOutputIsCutOff() throws IOException {
    long start = System.nanoTime();
    ShellCheckRun r = run(fake(dir, "flood", "yes '{\"comments\":[]}'"), 60, "x\n");
    assertTrue(
        r.failure().orElseThrow().startsWith("ShellCheck printed more than"),
        r.failure().toString());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30);
  }

  @Test
  void theTemporaryFolderIsRemoved() throws IOException {
    Path log = dir.resolve("cwd.log");
    run(fake(dir, "where", "pwd > '" + log + "'\necho '{\"comments\":[]}'"), 10, "x\n", "y\n");
    Path used = Path.of(Files.readString(log).strip());
    assertTrue(used.getFileName().toString().startsWith("berth-shellcheck-"), used.toString());
    assertTrue(Files.notExists(used), used + " was left behind");
  }
}
