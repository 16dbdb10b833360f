package dev.berth.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.cli.CliRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile Dockerfiles: each case has its expected exit code and finding, must finish within a time
 * bound enforced here, and runs in a JVM limited to 256 MB (see the {@code hostile} execution in
 * pom.xml).
 */
class HostileDockerfileTest {
  @TempDir Path dir;

  /** A case: the file's bytes, the exit code, and the first finding expected as code@line:col. */
  record Case(String name, byte[] bytes, int exit, String finding) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(String head, byte[] middle, String tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(head));
    out.writeBytes(middle);
    out.writeBytes(utf8(tail));
    return out.toByteArray();
  }

  private static String doubling(int steps) {
    StringBuilder text = new StringBuilder("FROM alpine:3.20\nARG A0=x\n");
    for (int i = 1; i <= steps; i++) {
      text.append("ARG A")
          .append(i)
          .append("=$A")
          .append(i - 1)
          .append("$A")
          .append(i - 1)
          .append('\n');
    }
    return text.toString();
  }

  static Stream<Case> cases() {
    StringBuilder many = new StringBuilder("FROM alpine:3.20\n");
    for (int i = 0; i < 50_000; i++) {
      many.append("ENV A").append(i).append("=value").append(i).append('\n');
    }
    StringBuilder continued = new StringBuilder("FROM alpine:3.20\nRUN echo start \\\n");
    for (int i = 0; i < 1000; i++) {
      continued.append("    && echo ").append(i).append(" \\\n");
    }
    continued.append("    && echo end\n");
    byte[] utf16 = "FROM alpine:3.20\nRUN true\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    binary[100] = 0;
    return Stream.of(
        new Case("empty", new byte[0], 1, "EmptyDockerfile@1:1"),
        new Case("whitespace only", utf8("  \n\t\n\n   "), 1, "EmptyDockerfile@1:1"),
        new Case("comments only", utf8("# one\n# two\n"), 1, "EmptyDockerfile@1:1"),
        new Case("binary", binary, 1, "BinaryFile@"),
        new Case("NUL byte in text", utf8("FROM alpine:3.20\nRUN ec\0ho\n"), 1, "BinaryFile@2:7"),
        new Case("UTF-16 with BOM", withBom, 1, "BinaryFile@1:"),
        new Case(
            "invalid UTF-8",
            concat("FROM alpine:3.20\nLABEL a=\"", new byte[] {(byte) 0xC3, (byte) 0x28}, "\"\n"),
            1,
            "InvalidUtf8@2:10"),
        new Case(
            "UTF-8 BOM",
            concat(
                "",
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "FROM" + " alpine:3.20\nENV A\n"),
            1,
            "InvalidArgumentCount@2:5"),
        new Case(
            "CRLF",
            utf8("FROM alpine:3.20\r\nRUN a \\\r\n  b\r\nENV X\r\n"),
            1,
            "InvalidArgumentCount@4:5"),
        new Case(
            "lone CR",
            utf8("FROM alpine:3.20\rRUN a\rENV X\r"),
            1,
            "InvalidArgumentC" + "ount@3:5"),
        new Case("tabs", utf8("FROM\talpine:3.20\n\tENV\tX\n"), 1, "InvalidArgumentCount@2:6"),
        new Case(
            "2 MB single line",
            utf8("FROM alpine:3.20\nRUN echo " + "x".repeat(2_000_000) + "\n"),
            1,
            "LineTooLong@2:1"),
        new Case("50,000 instructions", utf8(many.toString()), 0, null),
        new Case("1,000 continuation lines", utf8(continued.toString()), 0, null),
        new Case(
            "200,000 instructions",
            utf8("FROM alpine:3.20\n" + "ENV X=1\n".repeat(200_000)),
            1,
            "FileTooLarge@"),
        new Case(
            "unterminated heredoc",
            utf8("FROM alpine:3.20\nRUN <<EOF\necho\n"),
            1,
            "UnterminatedHeredoc@2:5"),
        new Case(
            "unterminated quotes",
            utf8("FROM alpine:3.20\nENV A=\"open\nLABEL b='open\nRUN echo \"open\n"),
            0,
            null),
        new Case(
            "deeply nested JSON in CMD",
            utf8("FROM alpine:3.20\nCMD " + "[".repeat(9_000) + "]".repeat(9_000) + "\n"),
            1,
            "ExecFormNotStrings@2:5"),
        // deeper than Go's JSON decoder allows: not JSON for BuildKit, so shell form
        new Case(
            "JSON nested beyond Go's limit",
            utf8("FROM alpine:3.20\nCMD " + "[".repeat(30_000) + "]".repeat(30_000) + "\n"),
            // BuildKit reads what its JSON parser refuses as shell form, which DL3025 reports
            1,
            "DL3025@2:"),
        new Case(
            "deeply nested unclosed JSON",
            utf8("FROM alpine:3.20\nCMD " + "[".repeat(100_000) + "\n"),
            1,
            "LineTooLong@2:1"),
        new Case("continuation at end of file", utf8("FROM alpine:3.20\nRUN a \\"), 0, null),
        new Case(
            "directive with a million blanks in its value",
            utf8("# escape=a" + " ".repeat(1_000_000) + "b\nFROM alpine:3.20\n"),
            1,
            "LineTooLong@1:1"),
        new Case(
            "heredoc operator, a million blanks, then <",
            utf8("FROM alpine:3.20\nRUN <<" + " ".repeat(1_000_000) + "<\n"),
            1,
            "LineTooLong@2:1"),
        new Case("ARG values doubling 40 times", utf8(doubling(40)), 1, "ExpansionTooLarge@22:9"),
        new Case(
            "pattern replacement on 60,000 characters",
            utf8("FROM alpine:3.20\nARG A=" + "a".repeat(60_000) + "\nENV B=${A//*b/x}\n"),
            1,
            "ExpansionTooLarge@3:7"),
        new Case("only a continuation", utf8("\\\n"), 1, "EmptyDockerfile@1:1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileInputGetsItsExitCodeAndFindingInTime(Case c) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.write(file, c.bytes());
    CliRunner.Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> CliRunner.run(dir, "", "lint", "-f", "json", file.toString()));
    assertEquals(c.exit(), run.exit(), c.name() + ": " + run.err() + run.out());
    assertTrue(run.err().isEmpty(), c.name() + ": nothing on stderr, got " + run.err());
    JSONArray findings = new JSONArray(run.out());
    if (c.finding() == null) {
      for (int i = 0; i < findings.length(); i++) {
        String level = findings.getJSONObject(i).getString("level");
        assertTrue(!level.equals("error"), c.name() + ": unexpected " + findings.getJSONObject(i));
      }
      return;
    }
    assertTrue(findings.length() > 0, c.name() + ": expected " + c.finding());
    org.json.JSONObject first = findings.getJSONObject(0);
    String got =
        first.getString("code") + "@" + first.getInt("line") + ":" + first.getInt("column");
    assertTrue(
        got.startsWith(c.finding()), c.name() + ": expected " + c.finding() + ", got " + got);
  }
}
