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
