package dev.berth.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code .berth.yaml} is part of the repository being linted, so it is hostile input too: each
 * case is a usage error (exit 2) with one line naming the file, in time and in 256 MB.
 */
class HostileConfigTest {
  @TempDir Path dir;

  record Case(String name, String config, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    StringBuilder laughs = new StringBuilder("x0: &a0 [lol]\n");
    for (int i = 1; i <= 10; i++) {
      laughs.append("x").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        laughs.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      laughs.append("]\n");
    }
    return Stream.of(
        new Case(
            "50,000 nested lists",
            "ignored: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n",
            "nested too deeply"),
        new Case(
            "50,000 nested mappings",
            "ignored: " + "{a: ".repeat(50_000) + "b" + "}".repeat(50_000) + "\n",
            "nested too deeply"),
        new Case("billion laughs", laughs.toString(), "invalid YAML"),
        new Case("2 MB config", "ignored: [" + "DL3008, ".repeat(250_000) + "]\n", ".berth.yaml"),
        new Case("5 MB config", "# " + "x".repeat(5 << 20) + "\n", "larger than 4194304 bytes"),
        new Case("tab indentation", "override:\n\terror: [DL3008]\n", "invalid YAML"),
        new Case("a list at the top", "- a\n- b\n", ".berth.yaml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileConfigIsAUsageError(Case c) throws IOException {
    Files.writeString(dir.resolve(".berth.yaml"), c.config());
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM alpine:3.20\n");
    CliRunner.Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> CliRunner.run(dir, "", "lint", file.toString()));
    assertEquals(2, run.exit(), c.name() + ": " + run.err());
    assertTrue(run.err().startsWith("berth: "), run.err());
    assertTrue(run.err().contains(c.message()), c.name() + ": " + run.err());
    assertEquals(1, run.err().strip().split("\n").length, c.name() + ": one line: " + run.err());
  }
}
