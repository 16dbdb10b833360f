package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled schema finds exactly what everit's loader makes of {@code compose-schema.json}: same
 * problems, spans and messages (suggestions included), in the order berth reports them, over every
 * schema example, every compose file under {@code src/test/resources} and {@code samples}, and the
 * shared corpus.
 */
class CompiledSchemaFindingsTest {
  private static final ComposeSchema COMPILED = ComposeSchema.compiled();
  private static final ComposeSchema LOADED = loaded();

  private static ComposeSchema loaded() {
    try {
      return ComposeSchema.fromJson(ComposeSchema.RESOURCE, CompiledComposeSchemaTest.schemaJson());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int same(String name, String yaml) {
    ComposeFile file =
        ComposeLoading.load(
            SourceText.of(name, yaml.getBytes(StandardCharsets.UTF_8)),
            ComposeLoadOptions.defaults());
    assertEquals(
        ComposeSchemaValidation.validate(file, LOADED).problems(),
        ComposeSchemaValidation.validate(file, COMPILED).problems(),
        name);
    return ComposeSchemaValidation.problems(file, COMPILED).size();
  }

  private static List<Path> yamlFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .sorted()
          .toList();
    }
  }

  @Test
  void examplesFixturesAndSamples() throws IOException {
    int documents = 0;
    int problems = 0;
    for (SchemaExamples.Example e : SchemaExamples.all()) {
      problems += same(e.name(), e.yaml());
      documents++;
    }
    List<Path> files = new ArrayList<>(yamlFiles(Path.of("src/test/resources")));
    files.addAll(yamlFiles(Path.of("samples")));
    for (Path p : files) {
      problems += same(p.toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
      documents++;
    }
    assertTrue(documents > 50, "only " + documents + " documents");
    assertTrue(problems > 50, "only " + problems + " schema problems: too few to compare");
  }

  @Test
  void corpus() throws IOException {
    List<Path> files = yamlFiles(SharedData.require("corpus/compose"));
    for (Path p : files) {
      same(p.toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
    }
    assertTrue(files.size() > 100, files.size() + " corpus files");
  }
}
