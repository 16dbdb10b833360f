package dev.berth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.cli.CliRunner;
import dev.berth.report.Formats;
import dev.berth.report.SarifSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.json.JSONObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code berth lint samples/} in every output format, compared with a golden file: any change of
 * behaviour on these realistic files shows up in review. {@code -Dberth.update=true} rewrites the
 * goldens. ShellCheck is off, so that the goldens do not depend on the machine (ShellCheckCliTest
 * runs it over the samples).
 */
class SamplesSnapshotTest {
  private static final Path GOLDENS = Path.of("src/test/resources/samples");

  static Stream<String> formats() {
    return Formats.names().stream();
  }

  /** Each example project: a folder with a Dockerfile or a compose file of its own. */
  static Stream<String> sampleFolders() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("samples"))) {
      return s
          .filter(Files::isDirectory)
          .filter(SamplesSnapshotTest::isProject)
          .map(p -> p.toString().replace('\\', '/'))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static boolean isProject(Path dir) {
    for (Path up = dir.getParent(); up != null; up = up.getParent()) {
      if (holdsLintedFile(up)) {
        return false;
      }
    }
    return holdsLintedFile(dir);
  }

  private static boolean holdsLintedFile(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .anyMatch(
              n -> n.equals("Dockerfile") || n.equals("compose.yaml") || n.endsWith("compose.yml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code berth lint --format gnu} on one example project, as a user runs it there. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleFolders")
  void eachSampleMatchesItsGnuGolden(String folder) throws IOException {
    CliRunner.Run run =
        CliRunner.run(
            Path.of(folder).toAbsolutePath(),
            new byte[0],
            Map.of(),
            "lint",
            "--no-shellcheck",
            "-f",
            "gnu",
            ".");
    assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
    assertTrue(run.err().isEmpty(), run.err());
    Path golden = GOLDENS.resolve("gnu/" + folder.replace('/', '-') + ".golden");
    if (Boolean.getBoolean("berth.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), golden + " is missing; run with -Dberth.update=true");
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8), run.out(), "lint -f gnu in " + folder);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void samplesMatchTheirGolden(String format) throws IOException {
    CliRunner.Run run =
        CliRunner.run(
            Path.of("").toAbsolutePath(),
            new byte[0],
            Map.of(),
            "lint",
            "--no-color",
            "--no-shellcheck",
            "-j",
            "2",
            "-f",
            format,
            "samples/");
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().isEmpty(), run.err());
    Path golden = GOLDENS.resolve("lint." + format + ".golden");
    if (Boolean.getBoolean("berth.update")) {
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), golden + " is missing; run with -Dberth.update=true");
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        run.out(),
        "output of lint -f " + format + " samples/");
    if (format.equals("sarif")) {
      SarifSchemas.oasis().validate(new JSONObject(run.out()));
    }
  }
}
