package dev.berth.compose.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.schema.ComposeSchema;
import dev.berth.compose.schema.ComposeSchemaValidation;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every compose file of the shared corpus loads and validates without an exception, with sane
 * problems; a few files whose state is known are checked exactly. Skipped without ../shared.
 */
class CorpusLoadingTest {
  private static final Pattern JAVA_TYPES =
      Pattern.compile("JSONArray|JSONObject|java\\.|Integer|Long|Double|BigDecimal");

  private static List<Path> composeFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .sorted()
          .toList();
    }
  }

  private static ComposeFile loadWithEnv(Path file) throws IOException {
    SourceText source = SourceText.of(file.toString(), Files.readAllBytes(file));
    ComposeEnvironment env =
        ComposeEnvironment.discover(file.getParent(), Optional.empty(), Map.of());
    return ComposeLoading.load(source, ComposeLoadOptions.defaults().withEnvironment(env));
  }

  @Test
  void everyCorpusFileLoadsAndValidates() throws IOException {
    Path root = SharedData.require("corpus/compose");
    Path schemaFile = SharedData.require("reference/compose-spec-latest.json");
    ComposeSchema schema = ComposeSchema.fromJson("upstream", Files.readString(schemaFile));
    List<String> failures = new ArrayList<>();
    List<Path> files = composeFiles(root);
    assertFalse(files.isEmpty());
    for (Path file : files) {
      try {
        ComposeFile f = ComposeSchemaValidation.validate(loadWithEnv(file), schema);
        Problem previous = null;
        for (Problem p : f.problems()) {
          if (p.span().end() > f.source().length()) {
            failures.add(file + ": span past the end: " + p);
          }
          if (p.message().isBlank() || JAVA_TYPES.matcher(p.message()).find()) {
            failures.add(file + ": bad message: " + p.message());
          }
          if (previous != null && previous.span().compareTo(p.span()) > 0) {
            failures.add(file + ": problems not sorted");
          }
          previous = p;
        }
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(file + ": threw " + e);
      }
    }
    assertEquals(List.of(), failures);
  }

  private static List<String> codes(ComposeFile f) {
    return f.problems().stream().map(Problem::code).distinct().sorted().toList();
  }

  @Test
  void knownFiles() throws IOException {
    Path root = SharedData.require("corpus/compose");
    Path sentry = root.resolve("getsentry__self-hosted/docker-compose.yml");
    if (Files.exists(sentry)) {
      ComposeFile f = loadWithEnv(sentry);
      assertTrue(f.root().isPresent(), "more than 50 aliases must load");
      assertFalse(codes(f).contains(ComposeProblemCodes.NO_YAML_ALIAS_CYCLE));
      assertFalse(codes(f).contains(ComposeProblemCodes.INVALID_YAML));
    }
    Path extras = root.resolve("open-telemetry__opentelemetry-demo/compose.extras.yaml");
    if (Files.exists(extras)) {
      assertEquals(List.of(ComposeProblemCodes.NO_EMPTY_FILE), codes(loadWithEnv(extras)));
    }
    Path calendso = root.resolve("vimagick__dockerfiles/calendso/docker-compose.yml");
    if (Files.exists(calendso)) {
      assertEquals(List.of(ComposeProblemCodes.INVALID_YAML), codes(loadWithEnv(calendso)));
    }
    Path openvpn = root.resolve("jessfraz__dockerfiles/openvpn/docker-compose.yml");
    if (Files.exists(openvpn)) {
      assertEquals(List.of(ComposeProblemCodes.NO_LEGACY_V1_FORMAT), codes(loadWithEnv(openvpn)));
    }
  }
}
