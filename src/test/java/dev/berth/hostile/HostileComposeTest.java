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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile compose files: each case has its expected exit code and first finding, must finish within
 * a time bound enforced here, and runs in a JVM limited to 256 MB (see the {@code hostile}
 * execution in pom.xml).
 */
class HostileComposeTest {
  @TempDir Path dir;

  /**
   * A case: the file's bytes, extra options, the exit code, and the first finding expected as
   * code@line:col (a prefix of it), or null when no finding of level error is expected.
   */
  record Case(String name, byte[] bytes, List<String> options, int exit, String finding) {
    Case(String name, byte[] bytes, int exit, String finding) {
      this(name, bytes, List.of(), exit, finding);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static final String WEB = "services:\n  web:\n    image: nginx:1.27\n";

  /** The classic billion laughs: ten levels of ten aliases each, 10^10 nodes expanded. */
  private static String billionLaughs() {
    StringBuilder y = new StringBuilder("x-a0: &a0 [lol]\n");
    for (int i = 1; i <= 10; i++) {
      y.append("x-a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    return y + WEB;
  }

  /** Each mapping holds two aliases of the one before: 2^30 nodes expanded. */
  private static String mappingBomb() {
    StringBuilder y = new StringBuilder("x-m0: &m0 {a: 1, b: 2}\n");
    for (int i = 1; i <= 30; i++) {
      y.append("x-m")
          .append(i)
          .append(": &m")
          .append(i)
          .append(" {l: *m")
          .append(i - 1)
          .append(", r: *m")
          .append(i - 1)
          .append("}\n");
    }
    return y + WEB;
  }

  private static String services(int n) {
    StringBuilder y = new StringBuilder("services:\n");
    for (int i = 0; i < n; i++) {
      y.append("  s").append(i).append(":\n    image: nginx:1.27\n");
    }
    return y.toString();
  }

  /** About {@code bytes} of valid compose: one service with many labels of {@code valueLength}. */
  private static String labels(int bytes, int valueLength) {
    StringBuilder y = new StringBuilder(WEB).append("    labels:\n");
    String value = "v".repeat(valueLength);
    for (int i = 0; y.length() < bytes; i++) {
      y.append("      label.").append(i).append(": ").append(value).append('\n');
    }
    return y.toString();
  }

  static Stream<Case> cases() {
    byte[] utf16 = WEB.getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16Bom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16);
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    binary[100] = 0;
    String line2mb =
        "services: {web: {image: nginx:1.27, labels: {big: \"" + "x".repeat(2_000_000) + "\"}}}\n";
    return Stream.of(
        new Case("empty", new byte[0], 1, "no-empty-file@1:1"),
        new Case("whitespace only", utf8("  \n\t\n\n   "), 1, "no-empty-file@1:1"),
        new Case("comments only", utf8("# one\n# two\n"), 1, "no-empty-file@1:1"),
        new Case("binary", binary, 1, "invalid-yaml@"),
        new Case("NUL byte in text", utf8(WEB + "    command: ec\0ho\n"), 1, "invalid-yaml@4:16"),
        new Case(
            "invalid UTF-8",
            concat(
                utf8(WEB + "    command: \""), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\"\n")),
            1,
            "invalid-yaml@4:15"),
        new Case("UTF-16 with BOM", utf16Bom, 1, "invalid-yaml@1:"),
        new Case(
            "UTF-8 BOM",
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(WEB)),
            0,
            null),
        new Case(
            "CRLF",
            utf8("services:\r\n  web:\r\n    image: nginx:1.27\r\n    image: nginx:1.26\r\n"),
            1,
            "no-duplicate-keys@4:5"),
        new Case(
            "lone CR",
            utf8("services:\r  web:\r    image: nginx:1.27\r    image: nginx:1.26\r"),
            1,
            "no-duplicate-keys@4:5"),
        new Case("2 MB single line", utf8(line2mb), 0, null),
        new Case("billion laughs", utf8(billionLaughs()), 1, "no-yaml-alias-cycle@"),
        new Case("alias bomb of mappings", utf8(mappingBomb()), 1, "no-yaml-alias-cycle@"),
        new Case("alias cycle", utf8("x-a: &a\n  b: *a\n" + WEB), 1, "no-yaml-alias-cycle@2:6"),
        new Case(
            "50,000 nested block sequences",
            utf8("x-deep:\n  " + "- ".repeat(50_000) + "x\n" + WEB),
            1,
            "invalid-yaml@2:513"),
        new Case(
            "a block sequence on a key's line",
            utf8("x-deep: - - x\n" + WEB),
            1,
            "invalid-yaml@1:9"),
        new Case(
            "50,000 nested flow mappings",
            utf8("x-deep: " + "{a: ".repeat(50_000) + "x" + "}".repeat(50_000) + "\n" + WEB),
            1,
            "invalid-yaml@1:1026"),
        new Case(
            "50,000 nested flow sequences",
            utf8("x-deep: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n" + WEB),
            1,
            "invalid-yaml@1:264"),
        new Case(
            "unclosed nested flow sequences",
            utf8("x-deep: " + "[".repeat(100_000) + "\n"),
            1,
            "invalid-yaml@1:264"),
        new Case("5,000 services", utf8(services(5_000)), 0, null),
        new Case(
            "duplicate keys", utf8(WEB + "    image: nginx:1.26\n"), 1, "no-duplicate-keys@4:5"),
        new Case(
            "tab indentation",
            utf8("services:\n\tweb:\n\t\timage: nginx:1.27\n"),
            1,
            "invalid-yaml@2:1"),
        new Case(
            "multiple documents",
            utf8(WEB + "---\nservices:\n  api:\n    image: nginx:1.27\n"),
            1,
            "no-multiple-documents@4:1"),
        new Case("root is a list", utf8("- services\n- web\n"), 1, "invalid-schema@1:1"),
        new Case("root is a scalar", utf8("services\n"), 1, "invalid-schema@1:1"),
        new Case(
            "unterminated quote",
            utf8("services:\n  web:\n    image: \"nginx:1.27\n"),
            1,
            "invalid-yaml@"),
        new Case(
            "10 MB file over the default limit",
            utf8(labels(10_500_000, 1000)),
            1,
            "file-too-large@1:1"),
        new Case(
            "10 MB file with the limit raised",
            utf8(labels(10_500_000, 1000)),
            List.of("--max-file-size", "20000000"),
            0,
            null),
        new Case(
            "1,500,000 flow list items",
            utf8(WEB + "x-a: [" + "1,".repeat(1_500_000) + "1]\n"),
            1,
            "file-too-large@4:"),
        new Case(
            "many findings",
            utf8(WEB + "    image: nginx:1.26\n".repeat(5_000)),
            1,
            "no-duplicate-keys@4:5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileInputGetsItsExitCodeAndFindingInTime(Case c) throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, c.bytes());
    List<String> args = new ArrayList<>(List.of("lint", "-f", "json"));
    args.addAll(c.options());
    args.add(file.toString());
    CliRunner.Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> CliRunner.run(dir, "", args.toArray(String[]::new)));
    assertEquals(c.exit(), run.exit(), c.name() + ": " + run.err() + abbreviate(run.out()));
    assertTrue(run.err().isEmpty(), c.name() + ": nothing on stderr, got " + run.err());
    JSONArray findings = new JSONArray(run.out());
    assertTrue(findings.length() <= 1001, c.name() + ": at most 1,000 findings and the notice");
    if (c.finding() == null) {
      for (int i = 0; i < findings.length(); i++) {
        String level = findings.getJSONObject(i).getString("level");
        assertTrue(!level.equals("error"), c.name() + ": unexpected " + findings.getJSONObject(i));
      }
      return;
    }
    assertTrue(findings.length() > 0, c.name() + ": expected " + c.finding());
    JSONObject first = findings.getJSONObject(0);
    String got =
        first.getString("code") + "@" + first.getInt("line") + ":" + first.getInt("column");
    assertTrue(
        got.startsWith(c.finding()),
        c.name()
            + ": expected "
            + c.finding()
            + ", got "
            + got
            + " "
            + abbreviate(first.getString("message")));
  }

  /** A .env file beside the compose file is read too; one over the size limit is not. */
  @org.junit.jupiter.api.Test
  void anEnvFileOverTheSizeLimitIsOneFinding() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.writeString(file, "services:\n  web:\n    image: ${IMAGE}\n");
    Files.writeString(
        dir.resolve(".env"),
        "IMAGE=nginx:1.27\n" + ("# " + "x".repeat(1000) + "\n").repeat(11_000));
    CliRunner.Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> CliRunner.run(dir, "", "lint", "-f", "json", file.toString()));
    assertEquals(1, run.exit(), run.err());
    JSONArray findings = new JSONArray(run.out());
    JSONObject envFinding = null;
    for (int i = 0; i < findings.length(); i++) {
      if (findings.getJSONObject(i).getString("code").equals("valid-env-file")) {
        envFinding = findings.getJSONObject(i);
      }
    }
    assertTrue(
        envFinding != null && envFinding.getString("message").contains("larger than the limit"),
        run.out());
  }

  private static String abbreviate(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
  }
}
