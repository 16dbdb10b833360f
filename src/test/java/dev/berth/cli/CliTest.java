package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and scripts see it: output, exit codes, errors. */
class CliTest {
  @TempDir Path dir;

  static CliRunner.Run run(Path cwd, String stdin, String... args) {
    return CliRunner.run(cwd, stdin, args);
  }

  private Path write(String name, String content) throws IOException {
    return TestFiles.write(dir, name, content);
  }

  @Test
  void cleanFileExitsZeroWithNoOutput() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN true\n");
    CliRunner.Run r = run(dir, "", "lint", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
  }

  @Test
  void gnuFormatAndExitOneOnErrors() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nENV PATH\n");
    CliRunner.Run r = run(dir, "", "lint", f.toString());
    assertEquals(1, r.exit());
    assertEquals(
        f + ":2:5: error: ENV PATH has no value; write ENV PATH=<value> [InvalidArgumentCount]\n",
        r.out());
  }

  @Test
  void thresholdAndNoFail() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN a \\\n\n  b\n");
    assertEquals(1, run(dir, "", "lint", f.toString()).exit());
    assertEquals(0, run(dir, "", "lint", "-t", "error", f.toString()).exit());
    assertEquals(0, run(dir, "", "lint", "-t", "none", f.toString()).exit());
    assertEquals(0, run(dir, "", "lint", "--no-fail", f.toString()).exit());
    assertEquals(2, run(dir, "", "lint", "-t", "loud", f.toString()).exit());
  }

  @Test
  void jsonFormatHasExactlyTheContractKeys() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nENV PATH\n");
    CliRunner.Run r = run(dir, "", "lint", "-f", "json", f.toString());
    org.json.JSONArray a = new org.json.JSONArray(r.out());
    assertEquals(1, a.length());
    org.json.JSONObject o = a.getJSONObject(0);
    assertEquals(
        java.util.Set.of(
            "file", "line", "column", "endLine", "endColumn", "code", "level", "message"),
        o.keySet());
    assertEquals(2, o.getInt("line"));
    assertEquals(5, o.getInt("column"));
    assertEquals(8, o.getInt("endColumn"));
  }

  @Test
  void directoriesAreWalkedAndOnlyKnownNamesLinted() throws IOException {
    write("a/Dockerfile", "FROM alpine:3.20\nENV X\n");
    write("a/b/app.Dockerfile", "FROM alpine:3.20\nENV Y\n");
    write("a/notes.txt", "ENV Z\n");
    write("a/node_modules/Dockerfile", "ENV W\n");
    CliRunner.Run r = run(dir, "", "lint", dir.resolve("a").toString());
    assertEquals(1, r.exit());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length, r.out());
    assertTrue(lines[0].contains("a/Dockerfile:2:5"), lines[0]);
    assertTrue(lines[1].contains("a/b/app.Dockerfile:2:5"), lines[1]);
  }

  @Test
  void excludeSkipsMatchingPaths() throws IOException {
    write("a/Dockerfile", "FROM alpine:3.20\nENV X\n");
    write("a/vendor/Dockerfile", "FROM alpine:3.20\nENV Y\n");
    CliRunner.Run r = run(dir, "", "lint", "--exclude", "vendor/", dir.resolve("a").toString());
    assertEquals(1, r.out().split("\n").length, r.out());
  }

  @Test
  void stdinWithAName() {
    CliRunner.Run r =
        run(dir, "FROM alpine:3.20\nENV X\n", "lint", "--stdin-filename", "Dockerfile", "-");
    assertEquals(1, r.exit());
    assertEquals(
        "Dockerfile:2:5: error: ENV X has no value; write ENV X=<value> [InvalidArgumentCount]\n",
        r.out());
    // Without a name, standard input is a Dockerfile, as in hadolint.
    CliRunner.Run unnamed = run(dir, "FROM alpine:3.20\nENV X\n", "lint", "-");
    assertEquals(1, unnamed.exit(), unnamed.err());
    assertTrue(unnamed.out().startsWith("-:2:5: error: ENV X has no value"), unnamed.out());
  }

  @Test
  void usageErrorsExitTwoWithOneLine() throws IOException {
    CliRunner.Run missing = run(dir, "", "lint", dir.resolve("nope").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("no such file or directory"), missing.err());
    Path unknown = write("notes.txt", "FROM alpine:3.20\n");
    write("notes2.txt", "hello\n");
    assertEquals(2, run(dir, "", "lint", dir.resolve("notes2.txt").toString()).exit());
    // A file whose name says nothing is recognised by its content.
    CliRunner.Run untyped = run(dir, "", "lint", unknown.toString());
    assertTrue(untyped.exit() != 2, untyped.err());
    assertEquals(0, run(dir, "", "lint", "--type", "dockerfile", unknown.toString()).exit());
    assertEquals(2, run(dir, "", "lint", "--frobnicate").exit());
    assertEquals(2, run(dir, "", "lint", "--ignore", "NoSuchRule", unknown.toString()).exit());
  }

  @Test
  void outputFileIsWritten() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nENV X\n");
    Path report = dir.resolve("report.json");
    CliRunner.Run r = run(dir, "", "lint", "-f", "json", "-o", report.toString(), f.toString());
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(Files.readString(report).contains("InvalidArgumentCount"));
    CliRunner.Run bad =
        run(dir, "", "lint", "-o", dir.resolve("no/such/dir/r.txt").toString(), f.toString());
    assertEquals(2, bad.exit());
  }

  @Test
  void ignoreAndLevelOverrides() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nENV X\n");
    assertEquals("", run(dir, "", "lint", "--ignore", "InvalidArgumentCount", f.toString()).out());
    CliRunner.Run w =
        run(dir, "", "lint", "--warning", "InvalidArgumentCount", "-t", "error", f.toString());
    assertEquals(0, w.exit());
    assertTrue(w.out().contains(": warning: "), w.out());
  }

  @Test
  void parseBuildkitSeveralFiles() throws IOException {
    Path good = write("good/Dockerfile", "FROM alpine\nRUN echo hi\n");
    Path bad = write("bad/Dockerfile", "FROM alpine\nENV X\n");
    CliRunner.Run r = run(dir, "", "parse", good.toString(), bad.toString());
    assertEquals(1, r.exit());
    assertEquals(
        "==> "
            + good
            + " <==\n(from \"alpine\")\n(run \"echo hi\")\n==> "
            + bad
            + " <==\nerror: "
            + bad
            + ":2:5: ENV X has no value; write ENV X=<value>\n",
        r.out());
  }

  @Test
  void rulesAndExplain() {
    CliRunner.Run rules = run(dir, "", "rules", "--format", "json");
    assertEquals(0, rules.exit());
    assertTrue(new org.json.JSONArray(rules.out()).length() > 5);
    CliRunner.Run explain = run(dir, "", "explain", "UnterminatedHeredoc");
    assertEquals(0, explain.exit());
    assertTrue(
        explain.out().startsWith("# UnterminatedHeredoc — unterminated-heredoc\n"), explain.out());
    assertTrue(explain.out().contains("## How to suppress"));
    assertEquals(2, run(dir, "", "explain", "NoSuchRule").exit());
  }

  @Test
  void fixDryRunPrintsADiffAndChangesNothing() throws IOException {
    Path f = write("Dockerfile", "FROM alpine as base\nENV A b\n");
    CliRunner.Run r = run(dir, "", "lint", "--fix-dry-run", f.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(
        "--- a/"
            + f
            + "\n+++ b/"
            + f
            + "\n@@ -1,2 +1,2 @@\n-FROM alpine as base\n-ENV A b\n+FROM alpine AS base\n+ENV A=b\n",
        r.out());
    assertEquals("FROM alpine as base\nENV A b\n", Files.readString(f));
  }

  @Test
  void fixRewritesTheFileAndReportsWhatRemains() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20 as base\nENV A b\nRUN a \\\n\n  b\n");
    CliRunner.Run r = run(dir, "", "lint", "--fix", "-f", "gnu", f.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().startsWith(f + ":5:3: warning: Empty continuation line"), r.out());
    assertEquals(1, r.out().split("\n").length, r.out());
    assertEquals("FROM alpine:3.20 AS base\nENV A=b\nRUN a \\\n\n  b\n", Files.readString(f));
    assertEquals(0, run(dir, "", "lint", "--fix-dry-run", f.toString()).exit());
  }

  @Test
  void fixLeavesAFileThatDoesNotParseUntouched() throws IOException {
    Path f = write("Dockerfile", "FROM alpine as base\nENV A b\nENV X\n");
    CliRunner.Run r = run(dir, "", "lint", "--fix", "-f", "gnu", f.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("FROM alpine as base\nENV A b\nENV X\n", Files.readString(f));
    assertTrue(r.out().contains("[InvalidArgumentCount]"), r.out());
  }

  @Test
  void fixOnStandardInputIsRefused() {
    CliRunner.Run r =
        run(dir, "FROM alpine as base\n", "lint", "--fix", "--stdin-filename", "Dockerfile", "-");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--fix-dry-run"), r.err());
    assertEquals(2, run(dir, "", "lint", "--fix", "--fix-dry-run", ".").exit());
  }
}
