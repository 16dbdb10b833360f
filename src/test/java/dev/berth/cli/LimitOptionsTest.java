package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit is an option of {@code berth lint}, and hitting it is one finding. */
class LimitOptionsTest {
  @TempDir Path dir;

  private CliRunner.Run lint(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "lint";
    all[1] = "-f";
    all[2] = "json";
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRunner.run(dir, "", all);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static JSONObject last(CliRunner.Run run) {
    JSONArray a = new JSONArray(run.out());
    return a.getJSONObject(a.length() - 1);
  }

  @Test
  void findingsPerFileAreCutWithOneFindingThatKeepsTheExitCode() throws IOException {
    StringBuilder text = new StringBuilder("FROM alpine:3.20\n");
    for (int i = 0; i < 5; i++) {
      text.append("env A").append(i).append(" x\n");
    }
    text.append("ENV B\n");
    Path file = write("Dockerfile", text.toString());
    CliRunner.Run run =
        lint(
            "--max-findings-per-file",
            "3",
            "--ignore",
            "ConsistentInstructionCasing",
            file.toString());
    assertEquals(1, run.exit(), run.err());
    JSONArray findings = new JSONArray(run.out());
    assertEquals(4, findings.length(), run.out());
    JSONObject notice = last(run);
    assertEquals("TooManyFindings", notice.getString("code"));
    assertEquals(5, notice.getInt("line"));
    assertEquals("error", notice.getString("level"), "an error was among the dropped findings");
    assertTrue(notice.getString("message").startsWith("3 more findings"), notice.toString());

    CliRunner.Run all = lint("--ignore", "ConsistentInstructionCasing", file.toString());
    assertEquals(6, new JSONArray(all.out()).length());

    CliRunner.Run hidden =
        lint(
            "--max-findings-per-file",
            "3",
            "--ignore",
            "ConsistentInstructionCasing",
            "--ignore",
            "TooManyFindings",
            file.toString());
    assertEquals(3, new JSONArray(hidden.out()).length());
  }

  @Test
  void fixingIsNotCutByTheFindingsLimit() throws IOException {
    StringBuilder text = new StringBuilder("FROM alpine:3.20\n");
    for (int i = 0; i < 40; i++) {
      text.append("ENV A").append(i).append(" x\n");
    }
    Path file = write("Dockerfile", text.toString());
    CliRunner.Run run = lint("--fix", "--max-findings-per-file", "5", file.toString());
    assertEquals(0, run.exit(), run.err() + run.out());
    assertTrue(!Files.readString(file).contains(" x\n"), Files.readString(file));
  }

  @Test
  void badLimitValuesAreUsageErrors() throws IOException {
    Path file = write("Dockerfile", "FROM alpine:3.20\n");
    assertEquals(2, lint("--max-findings-per-file", "0", file.toString()).exit());
    assertEquals(2, lint("--max-yaml-depth", "0", file.toString()).exit());
    assertEquals(2, lint("--max-heredoc-size", "-1", file.toString()).exit());
    assertEquals(2, lint("--max-yaml-aliases", "-1", file.toString()).exit());
    assertEquals(2, lint("--max-expansion-size", "-5", file.toString()).exit());
  }

  @Test
  void yamlDepthLimit() throws IOException {
    Path file =
        write(
            "compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    labels:\n      a: b\n");
    CliRunner.Run ok = lint(file.toString());
    assertEquals(0, ok.exit(), ok.out());
    CliRunner.Run run = lint("--max-yaml-depth", "3", file.toString());
    assertEquals(1, run.exit());
    JSONArray findings = new JSONArray(run.out());
    assertEquals(1, findings.length(), run.out());
    assertEquals("invalid-yaml", findings.getJSONObject(0).getString("code"));
    assertTrue(findings.getJSONObject(0).getString("message").contains("--max-yaml-depth"));
  }

  @Test
  void yamlAliasLimit() throws IOException {
    Path file =
        write(
            "compose.yaml",
            "x-l: &l {a: 1, b: 2, c: 3}\nservices:\n  web:\n    image: nginx:1.27\n    labels: *l\n"
                + "  api:\n    image: nginx:1.27\n    labels: *l\n");
    assertEquals(0, lint(file.toString()).exit());
    CliRunner.Run run = lint("--max-yaml-aliases", "5", file.toString());
    assertEquals(1, run.exit());
    JSONArray findings = new JSONArray(run.out());
    assertEquals(1, findings.length(), run.out());
    assertEquals("no-yaml-alias-cycle", findings.getJSONObject(0).getString("code"));
    assertTrue(findings.getJSONObject(0).getString("message").contains("--max-yaml-aliases"));
  }

  @Test
  void yamlNodeLimit() throws IOException {
    Path file =
        write(
            "compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    labels: [a, b, c, d]\n");
    assertEquals(0, lint(file.toString()).exit());
    CliRunner.Run run = lint("--max-yaml-nodes", "7", file.toString());
    assertEquals(1, run.exit());
    JSONArray findings = new JSONArray(run.out());
    assertEquals(1, findings.length(), run.out());
    assertEquals("file-too-large", findings.getJSONObject(0).getString("code"));
    assertEquals(4, findings.getJSONObject(0).getInt("line"));
    assertTrue(findings.getJSONObject(0).getString("message").contains("--max-yaml-nodes"));
    assertEquals(2, lint("--max-yaml-nodes", "0", file.toString()).exit());
  }

  @Test
  void heredocLimit() throws IOException {
    Path file = write("Dockerfile", "FROM alpine:3.20\nRUN <<EOF\necho hello\nEOF\n");
    assertEquals(0, lint(file.toString()).exit());
    CliRunner.Run run = lint("--max-heredoc-size", "4", file.toString());
    assertEquals(1, run.exit());
    JSONObject f = last(run);
    assertEquals("HeredocTooLarge", f.getString("code"));
    assertEquals(2, f.getInt("line"));
    assertEquals(5, f.getInt("column"));
  }

  @Test
  void expansionLimit() throws IOException {
    Path file = write("Dockerfile", "FROM alpine:3.20\nARG A=0123456789\nARG B=$A$A$A\n");
    assertEquals(0, lint(file.toString()).exit());
    CliRunner.Run run = lint("--max-expansion-size", "30", file.toString());
    assertEquals(1, run.exit());
    JSONObject f = last(run);
    assertEquals("ExpansionTooLarge", f.getString("code"));
    assertEquals(3, f.getInt("line"));
  }

  @Test
  void dockerfileTokenLimit() throws IOException {
    Path file = write("Dockerfile", "FROM alpine:3.20\nRUN echo one\nENV A=1\nRUN echo two\n");
    assertEquals(0, lint(file.toString()).exit());
    CliRunner.Run run = lint("--max-dockerfile-tokens", "8", file.toString());
    assertEquals(1, run.exit());
    JSONArray findings = new JSONArray(run.out());
    assertEquals(1, findings.length(), run.out());
    assertEquals("FileTooLarge", findings.getJSONObject(0).getString("code"));
    assertTrue(findings.getJSONObject(0).getString("message").contains("--max-dockerfile-tokens"));
    assertEquals(2, lint("--max-dockerfile-tokens", "0", file.toString()).exit());
  }

  @Test
  void helpListsEveryLimitWithItsDefault() {
    CliRunner.Run run = CliRunner.run(dir, "", "lint", "--help");
    for (String option :
        new String[] {
          "--max-file-size", "--max-findings-per-file", "--max-heredoc-size",
              "--max-expansion-size",
          "--max-yaml-depth", "--max-yaml-aliases", "--max-dockerfile-tokens", "--max-yaml-nodes"
        }) {
      assertTrue(run.out().contains(option), option + " missing from\n" + run.out());
    }
    assertTrue(run.out().contains("Default: 1000"), run.out());
    assertTrue(run.out().contains("Default: 1048576"), run.out());
  }
}
