package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --context DIR} and the ignore file a Dockerfile's build context has. */
class BuildContextCliTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return TestFiles.write(dir, name, content);
  }

  private static String finding(Path file, int line, int column, String verb, String source) {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": warning: Attempting to "
        + verb
        + " file \""
        + source
        + "\" that is excluded by .dockerignore [CopyIgnoredFile]\n";
  }

  @Test
  void theContextIsTheDockerfilesFolderUnlessGiven() throws IOException {
    Path file = write("docker/Dockerfile", "FROM alpine:3.20\nCOPY dist build /app/\n");
    write("docker/.dockerignore", "build\n");
    write("ctx/.dockerignore", "# output\ndist\n");
    CliRunner.Run beside = CliRunner.run(dir, "", "lint", file.toString());
    assertEquals(finding(file, 2, 11, "Copy", "build"), beside.out(), beside.err());
    assertEquals(1, beside.exit());
    CliRunner.Run elsewhere =
        CliRunner.run(dir, "", "lint", "--context", dir.resolve("ctx").toString(), file.toString());
    assertEquals(finding(file, 2, 6, "Copy", "dist"), elsewhere.out(), elsewhere.err());
    assertEquals(1, elsewhere.exit());
  }

  @Test
  void anIgnoreFileNamedAfterTheDockerfileWins() throws IOException {
    Path file = write("app/build.Dockerfile", "FROM alpine:3.20\nADD dist src /app/\n");
    write("app/.dockerignore", "dist\n");
    write("app/build.Dockerfile.dockerignore", "src\n");
    write("ctx/.dockerignore", "dist\n");
    String expected = finding(file, 2, 10, "Add", "src");
    // (DL3020 would say to use COPY: this test is about ADD)
    assertEquals(
        expected, CliRunner.run(dir, "", "lint", "--ignore", "DL3020", file.toString()).out());
    CliRunner.Run r =
        CliRunner.run(
            dir,
            "",
            "lint",
            "--ignore",
            "DL3020",
            "--context",
            dir.resolve("ctx").toString(),
            file.toString());
    assertEquals(expected, r.out(), r.err());
  }

  @Test
  void standardInputHasAContextOnlyWhenGiven() throws IOException {
    write("ctx/.dockerignore", "dist\n");
    String dockerfile = "FROM alpine:3.20\nCOPY dist /app/\n";
    CliRunner.Run none =
        CliRunner.run(dir, dockerfile, "lint", "--stdin-filename", "Dockerfile", "-");
    assertEquals("", none.out(), none.err());
    assertEquals(0, none.exit());
    CliRunner.Run given =
        CliRunner.run(
            dir,
            dockerfile,
            "lint",
            "--context",
            dir.resolve("ctx").toString(),
            "--stdin-filename",
            "Dockerfile",
            "-");
    assertEquals(
        "Dockerfile:2:6: warning: Attempting to Copy file \"dist\" that is excluded by "
            + ".dockerignore [CopyIgnoredFile]\n",
        given.out(),
        given.err());
  }

  @Test
  void aHugeIgnoreFileCostsBoundedTime() throws IOException {
    String pattern = "*a".repeat(100) + "b\n";
    write(".dockerignore", pattern.repeat(50_000));
    String sources = ("a".repeat(300) + " \\\n").repeat(3_000);
    Path file = write("Dockerfile", "FROM alpine:3.20\nCOPY " + sources + "/app/\n");
    CliRunner.Run r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> CliRunner.run(dir, "", "lint", file.toString()));
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  @Test
  void aMissingContextFolderIsAUsageError() throws IOException {
    Path file = write("Dockerfile", "FROM alpine:3.20\n");
    Path missing = dir.resolve("no-such-dir");
    CliRunner.Run r =
        CliRunner.run(dir, "", "lint", "--context", missing.toString(), file.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains(missing + ": no such build context folder"), r.err());
    CliRunner.Run notDir =
        CliRunner.run(dir, "", "lint", "--context", file.toString(), file.toString());
    assertEquals(2, notDir.exit(), notDir.err());
  }

  @Test
  void anUnreadableOrOversizedIgnoreFileIsTreatedAsMissing() throws IOException {
    Path file = write("Dockerfile", "FROM alpine:3.20\nCOPY dist /app/\n");
    write(".dockerignore", "dist\n#".repeat(200) + "\n");
    CliRunner.Run small = CliRunner.run(dir, "", "lint", "--max-file-size", "100", file.toString());
    assertEquals("", small.out(), small.err());
    assertEquals(0, small.exit());
    Files.delete(dir.resolve(".dockerignore"));
    Files.createDirectory(dir.resolve(".dockerignore"));
    CliRunner.Run folder = CliRunner.run(dir, "", "lint", file.toString());
    assertEquals("", folder.out(), folder.err());
    assertEquals(0, folder.exit());
  }
}
