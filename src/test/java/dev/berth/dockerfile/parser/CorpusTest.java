package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.ModelInvariants;
import dev.berth.dockerfile.print.BuildkitDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * The real-world corpus: every Dockerfile parses without error; every dump equals the expected one;
 * every model keeps its span promises.
 */
class CorpusTest {
  static List<Path> dockerfiles() throws IOException {
    Path root = SharedData.require("corpus/dockerfiles");
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> dev.berth.engine.FileType.detect(p.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    }
  }

  private static Dockerfile parse(Path p) throws IOException {
    return DockerfileParsing.parse(SourceText.of(p.toString(), Files.readAllBytes(p)));
  }

  @Test
  void everyDockerfileParsesWithoutErrorAndKeepsItsSpanPromises() throws IOException {
    List<Path> files = dockerfiles();
    List<String> failures = new ArrayList<>();
    for (Path p : files) {
      Dockerfile df = parse(p);
      df.problems().stream()
          .filter(x -> x.level() == Level.ERROR)
          .findFirst()
          .ifPresent(x -> failures.add(p + ": " + x));
      for (String v : ModelInvariants.check(df)) {
        failures.add(p + ": " + v);
      }
    }
    System.out.println(
        "corpus: " + files.size() + " Dockerfiles parsed, " + failures.size() + " failures");
    assertEquals(2402, files.size(), "the corpus README counts 2,402 Dockerfiles");
    assertTrue(
        failures.isEmpty(),
        () -> String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
  }

  @Test
  void everyDumpMatchesTheExpectedDump() throws IOException {
    Path dumps = SharedData.require("conformance/corpus-dumps.jsonl");
    Path corpus = SharedData.require("corpus");
    List<String> mismatches = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(dumps)) {
      JSONObject o = new JSONObject(line);
      Dockerfile df = parse(corpus.resolve(o.getString("path")));
      n++;
      if (!BuildkitDump.dump(df).equals(o.getString("dump"))) {
        mismatches.add(o.getString("path"));
      }
      long warnings =
          df.problems().stream()
              .filter(x -> x.code().equals(ProblemCodes.NO_EMPTY_CONTINUATION))
              .count();
      if (warnings != o.getInt("emptyContinuationWarnings")) {
        mismatches.add(o.getString("path") + " (empty continuation warnings " + warnings + ")");
      }
    }
    System.out.println("corpus dumps: " + n + " compared, " + mismatches.size() + " mismatches");
    assertEquals(2401, n);
    assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
  }
}
