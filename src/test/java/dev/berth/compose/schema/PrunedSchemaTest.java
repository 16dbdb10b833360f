package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.Problem;
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
 * A schema cut down to a document's keys finds exactly what the whole schema finds in that
 * document: same problems, same spans, same messages (suggestions included), over every corpus
 * compose file, every schema example and every schema fixture.
 */
class PrunedSchemaTest {
  private static final ComposeSchema WHOLE = ComposeSchema.bundled().orElseThrow();

  private static void same(String name, String yaml) {
    ComposeFile file =
        ComposeLoading.load(
            SourceText.of(name, yaml.getBytes(StandardCharsets.UTF_8)),
            ComposeLoadOptions.defaults());
    if (file.root().isEmpty()) {
      return;
    }
    ComposeSchema pruned =
        ComposeSchema.bundledFor(ComposeSchemaValidation.keys(file.root().get())).orElseThrow();
    List<Problem> expected = ComposeSchemaValidation.problems(file, WHOLE);
    assertEquals(expected, ComposeSchemaValidation.problems(file, pruned), name);
  }

  @Test
  void examplesAndFixtures() throws IOException {
    int n = 0;
    for (SchemaExamples.Example e : SchemaExamples.all()) {
      same(e.name(), e.yaml());
      n++;
    }
    try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
      for (Path p :
          s.filter(x -> x.toString().endsWith(".yaml") || x.toString().endsWith(".yml")).toList()) {
        same(p.toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
        n++;
      }
    }
    assertTrue(n > 50, "only " + n + " documents");
  }

  @Test
  void corpus() throws IOException {
    Path corpus = SharedData.require("corpus/compose");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(corpus)) {
      s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .forEach(files::add);
    }
    for (Path p : files) {
      same(p.toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
    }
    assertTrue(files.size() > 100, files.size() + " corpus files");
  }
}
