package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.FakePrograms;
import dev.berth.ShellCheckInstalled;
import dev.berth.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ShellCheck on the command line: options, the missing-shellcheck note, failures. */
class ShellCheckCliTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return TestFiles.write(dir, name, content);
  }

  private CliRunner.Run run(Map<String, String> env, String... args) {
    return CliRunner.run(dir, new byte[0], env, args);
  }

  /** A PATH with one folder that holds no shellcheck. */
  private Map<String, String> noShellcheck() throws IOException {
    return Map.of("PATH", Files.createDirectories(dir.resolve("empty-bin")).toString());
  }

  /** A PATH whose folder holds a shellcheck that runs the installed one. */
  private Map<String, String> withShellcheck() throws IOException {
    Path real = ShellCheckInstalled.require();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    FakePrograms.write(bin, "shellcheck", "exec '" + real + "' \"$@\"");
    return Map.of("PATH", dir.resolve("nothing-here") + java.io.File.pathSeparator + bin);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void shellcheckOnPathIsRunAndFindingsHaveTheirCode() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo \\\n  $x\n");
    CliRunner.Run r = run(withShellcheck(), "lint", "-f", "gnu", f.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(
        f
            + ":3:3: info: Double quote to prevent globbing and word splitting. [SC2086]\n"
            + f
            + ":3:3: warning: x is referenced but not assigned. [SC2154]\n",
        r.out());
    assertEquals("", r.err());
    CliRunner.Run json =
        run(withShellcheck(), "lint", "-f", "json", "--ignore", "SC2154", f.toString());
    org.json.JSONArray a = new org.json.JSONArray(json.out());
    assertEquals(1, a.length());
    assertEquals("SC2086", a.getJSONObject(0).getString("code"));
    assertEquals(4, a.getJSONObject(0).getInt("endColumn"));
  }

  @Test
  void withoutShellcheckTheTtyFormatSaysSoOnceAndOtherFormatsNever() throws IOException {
    write("a/Dockerfile", "FROM alpine:3.20\nRUN echo $x\n");
    write("b/Dockerfile", "FROM alpine:3.20\nRUN echo $y\n");
    CliRunner.Run tty = run(noShellcheck(), "lint", "-f", "tty", "--no-color", dir.toString());
    assertEquals(0, tty.exit(), tty.err());
    assertEquals(1, count(tty.err(), "SC checks"), tty.err());
    assertEquals(ShellCheckLookup.NOT_FOUND_NOTE + "\n", tty.err());
    for (String format : new String[] {"json", "gnu", "sarif", "checkstyle"}) {
      CliRunner.Run r = run(noShellcheck(), "lint", "-f", format, dir.toString());
      assertEquals("", r.err(), format);
    }
    assertEquals("", run(Map.of(), "lint", "-f", "tty", "--no-shellcheck", dir.toString()).err());
    assertEquals(
        "", run(Map.of(), "lint", "-f", "tty", "--ignore", "ShellCheck", dir.toString()).err());
  }

  @Test
  void configurationIgnoresAndOverridesCodes() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo $x\n");
    write(".berth.yaml", "ignored: [SC2154]\noverride:\n  error: [SC2086]\n");
    CliRunner.Run r = run(withShellcheck(), "lint", "-f", "gnu", f.toString());
    assertEquals(
        f + ":2:10: error: Double quote to prevent globbing and word splitting. [SC2086]\n",
        r.out());
    Files.delete(dir.resolve(".berth.yaml"));
    write(".hadolint.yaml", "ignored:\n  - SC2086\n  - SC2154\n");
    assertEquals("", run(withShellcheck(), "lint", "-f", "gnu", f.toString()).out());
  }

  @Test
  void theSamplesAreCheckedWithoutFailures() {
    Path real = ShellCheckInstalled.require();
    CliRunner.Run r =
        CliRunner.run(
            Path.of("").toAbsolutePath(),
            new byte[0],
            Map.of(),
            "lint",
            "-f",
            "json",
            "--shellcheck",
            real.toString(),
            "samples/dockerfile");
    assertEquals("", r.err());
    org.json.JSONArray a = new org.json.JSONArray(r.out());
    for (int i = 0; i < a.length(); i++) {
      org.json.JSONObject finding = a.getJSONObject(i);
      String code = finding.getString("code");
      assertTrue(!code.equals("ShellCheck"), finding.toString());
      // the Windows sample's RUN commands are PowerShell
      assertTrue(
          !(code.startsWith("SC") && finding.getString("file").contains("windows")),
          finding.toString());
    }
  }

  @Test
  void parallelRunsGiveTheSameReport() throws IOException {
    for (int i = 0; i < 8; i++) {
      write(
          "d" + i + "/Dockerfile",
          "FROM alpine:3.20\nRUN echo $a"
              + i
              + " \\\n  && cd /x"
              + i
              + "\nRUN <<EOF\nls $b"
              + i
              + "\nEOF\n");
    }
    Map<String, String> env = withShellcheck();
    CliRunner.Run one = run(env, "lint", "-f", "json", "-j", "1", dir.toString());
    CliRunner.Run two = run(env, "lint", "-f", "json", "-j", "2", dir.toString());
    // five ShellCheck and DL findings, and DL3003 for the cd
    assertEquals(8 * 6, new org.json.JSONArray(one.out()).length(), one.out());
    assertEquals(one.out(), two.out());
    assertEquals(one.out(), run(env, "lint", "-f", "json", "-j", "4", dir.toString()).out());
  }

  @Test
  void sarifNamesTheCodeAndLinksShellChecksWiki() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo $x\n");
    CliRunner.Run r =
        run(withShellcheck(), "lint", "-f", "sarif", "--ignore", "SC2154", f.toString());
    org.json.JSONObject run =
        new org.json.JSONObject(r.out()).getJSONArray("runs").getJSONObject(0);
    org.json.JSONObject result = run.getJSONArray("results").getJSONObject(0);
    assertEquals("SC2086", result.getString("ruleId"));
    assertEquals("note", result.getString("level"));
    org.json.JSONObject region =
        result
            .getJSONArray("locations")
            .getJSONObject(0)
            .getJSONObject("physicalLocation")
            .getJSONObject("region");
    assertEquals(2, region.getInt("startLine"));
    assertEquals(10, region.getInt("startColumn"));
    org.json.JSONObject rule =
        run.getJSONObject("tool")
            .getJSONObject("driver")
            .getJSONArray("rules")
            .getJSONObject(result.getInt("ruleIndex"));
    assertEquals("SC2086", rule.getString("id"));
    assertEquals("https://www.shellcheck.net/wiki/SC2086", rule.getString("helpUri"));
  }

  @Test
  void aComposeRunListsTheShellCheckRuleOnlyWhenShellCheckCanRun() throws IOException {
    // a run over compose files alone instantiates few Dockerfile rules; its SARIF rules are those
    // a compose run can run, each asked whether it runs with the settings
    Path f = write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n");
    for (boolean installed : new boolean[] {false, true}) {
      Map<String, String> env = installed ? withShellcheck() : noShellcheck();
      CliRunner.Run r = run(env, "lint", "-f", "sarif", f.toString());
      org.json.JSONArray rules =
          new org.json.JSONObject(r.out())
              .getJSONArray("runs")
              .getJSONObject(0)
              .getJSONObject("tool")
              .getJSONObject("driver")
              .getJSONArray("rules");
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < rules.length(); i++) {
        ids.add(rules.getJSONObject(i).getString("id"));
      }
      assertEquals(installed, ids.contains("ShellCheck"), ids::toString);
      assertTrue(ids.containsAll(List.of("DL3006", "CopyIgnoredFile", "no-links")), ids::toString);
    }
  }

  @Test
  void theFailureThresholdAppliesToShellCheckLevels() throws IOException {
    // SC2086 is info, SC2154 a warning
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo $x\n");
    assertEquals(
        1, run(withShellcheck(), "lint", "-f", "gnu", "-t", "warning", f.toString()).exit());
    assertEquals(0, run(withShellcheck(), "lint", "-f", "gnu", "-t", "error", f.toString()).exit());
    assertEquals(
        0,
        run(
                withShellcheck(),
                "lint",
                "-f",
                "gnu",
                "-t",
                "warning",
                "--info",
                "SC2154",
                f.toString())
            .exit());
    assertEquals(
        1,
        run(withShellcheck(), "lint", "-f", "gnu", "-t", "error", "--error", "SC2086", f.toString())
            .exit());
  }

  @Test
  void noNoteWhenNoDockerfileIsLinted() throws IOException {
    Path compose = write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n");
    assertEquals("", run(Map.of(), "lint", "-f", "tty", compose.toString()).err());
  }

  @Test
  void noShellcheckTurnsItOff() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo $x\n");
    CliRunner.Run r = run(withShellcheck(), "lint", "-f", "gnu", "--no-shellcheck", f.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.out());
  }

  @Test
  void anExplicitShellcheckIsUsedAndMustExist() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo $x\n");
    Path real = ShellCheckInstalled.require();
    CliRunner.Run r =
        run(Map.of(), "lint", "-f", "gnu", "--shellcheck", real.toString(), f.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("[SC2086]"), r.out());

    CliRunner.Run missing =
        run(Map.of(), "lint", "--shellcheck", "no/such/shellcheck", f.toString());
    assertEquals(2, missing.exit());
    assertEquals(
        "berth: --shellcheck no/such/shellcheck: no such executable file\n", missing.err());
    assertEquals(2, run(Map.of(), "lint", "--shellcheck", dir.toString(), f.toString()).exit());
    assertEquals(
        2,
        run(Map.of(), "lint", "--shellcheck", real.toString(), "--no-shellcheck", f.toString())
            .exit());
    assertEquals(2, run(Map.of(), "lint", "--shellcheck-timeout", "0", f.toString()).exit());
  }

  @Test
  void aHungShellcheckDoesNotHangBerth() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo $x\n");
    Path hung = FakePrograms.write(dir, "shellcheck", "sleep 60");
    long start = System.nanoTime();
    CliRunner.Run r =
        run(
            Map.of(),
            "lint",
            "-f",
            "gnu",
            "--shellcheck",
            hung.toString(),
            "--shellcheck-timeout",
            "1",
            f.toString());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15);
    assertEquals(1, r.exit(), r.err());
    assertEquals(
        f
            + ":2:1: warning: ShellCheck did not finish within 1 s; the SC checks of this file "
            + "were skipped [ShellCheck]\n",
        r.out());
  }

  @Test
  void aBrokenShellcheckIsAFindingNotACrash() throws IOException {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo $x\n");
    Path garbage = FakePrograms.write(dir, "shellcheck", "echo '{\"comments\": [garbage'");
    CliRunner.Run r = run(Map.of("PATH", dir.toString()), "lint", "-f", "gnu", f.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.out().startsWith(f + ":2:1: warning: ShellCheck's output could not be read"), r.out());
    assertTrue(r.out().endsWith("[ShellCheck]\n"), r.out());
    assertTrue(Files.exists(garbage));
  }

  @Test
  void explainPointsAShellCheckCodeToTheRuleAndTheWiki() {
    CliRunner.Run r = run(Map.of(), "explain", "SC2086");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .startsWith(
                "SC2086 is a code the ShellCheck rule reports; ShellCheck explains it at "
                    + "https://www.shellcheck.net/wiki/SC2086.\n\n"),
        r.out());
    assertTrue(r.out().contains("## Why"), r.out());
    assertEquals(2, run(Map.of(), "explain", "SC20861").exit());
  }

  @Test
  void jobsBoundTheShellcheckProcessesRunningAtOnce() throws IOException {
    Path log = dir.resolve("calls.log");
    Path lock = dir.resolve("running");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    FakePrograms.write(
        bin,
        "shellcheck",
        "mkdir '"
            + lock
            + "' 2>/dev/null || echo overlap >> '"
            + log
            + "'\nsleep 0.3\necho run >> '"
            + log
            + "'\nrmdir '"
            + lock
            + "' 2>/dev/null\necho '{\"comments\":[]}'");
    for (int i = 0; i < 80; i++) {
      write("files/d" + i + "/Dockerfile", "FROM alpine:3.20\nRUN echo " + i + "\n");
    }
    Map<String, String> env = Map.of("PATH", bin.toString());
    CliRunner.Run r = run(env, "lint", "-j", "1", "-f", "json", dir.resolve("files").toString());
    assertEquals(0, r.exit(), r.err());
    String calls = Files.readString(log);
    assertTrue(calls.contains("run"), calls);
    assertEquals(0, count(calls, "overlap"), calls);
  }

  @Test
  void theCacheLivesWhereTheCommandsEnvironmentSays() throws IOException {
    Path log = dir.resolve("calls.log");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    FakePrograms.write(bin, "shellcheck", "echo run >> '" + log + "'\necho '{\"comments\":[]}'");
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo cached\n");
    Path cache = dir.resolve("cache");
    Map<String, String> env = Map.of("PATH", bin.toString(), "BERTH_CACHE_DIR", cache.toString());
    assertEquals(0, run(env, "lint", "-f", "json", f.toString()).exit());
    assertEquals(0, run(env, "lint", "-f", "json", f.toString()).exit());
    assertEquals("run\n", Files.readString(log), "the second run reads the cache");
    try (var entries = Files.walk(cache.resolve("shellcheck"))) {
      assertEquals(1, entries.filter(Files::isRegularFile).count());
    }
    Map<String, String> off =
        Map.of(
            "PATH",
            bin.toString(),
            "BERTH_CACHE_DIR",
            dir.resolve("unused").toString(),
            "BERTH_NO_CACHE",
            "1");
    assertEquals(0, run(off, "lint", "-f", "json", f.toString()).exit());
    assertEquals(0, run(off, "lint", "-f", "json", f.toString()).exit());
    assertEquals("run\nrun\nrun\n", Files.readString(log), "no cache: ShellCheck runs each time");
    assertTrue(Files.notExists(dir.resolve("unused")));
  }
}
