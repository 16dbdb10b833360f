package dev.berth.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.ModelInvariants;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.dockerfile.print.BuildkitDump;
import dev.berth.dockerfile.print.DockerfileJson;
import dev.berth.report.JsonTree;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * The Dockerfile parser on any bytes: it never throws, the model keeps its span promises ({@link
 * ModelInvariants}; a binary file has an empty model), every problem lies inside the file, and
 * parsing the same bytes again gives the same BuildKit dump and JSON (no hidden state between
 * parses).
 */
class DockerfileParserFuzzTest {
  @Timeout(10)
  @FuzzTest(maxDuration = "10m")
  void rawBytes(byte[] data) {
    check(data);
  }

  @Timeout(10)
  @FuzzTest(maxDuration = "10m")
  void structured(FuzzedDataProvider data) {
    check(DockerfileGen.dockerfile(data).getBytes(StandardCharsets.UTF_8));
  }

  static Dockerfile check(byte[] bytes) {
    SourceText source = SourceText.of("Dockerfile", bytes);
    Dockerfile model = DockerfileParsing.parse(source);
    if (model.problems().stream().anyMatch(p -> p.code().equals(ProblemCodes.BINARY_FILE))) {
      // A binary file is reported once and not read: its model is empty by design.
      Oracles.check(
          model.instructions().isEmpty()
              && model.comments().isEmpty()
              && model.directives().isEmpty(),
          "a binary file has a model");
    } else {
      List<String> broken = ModelInvariants.check(model);
      Oracles.check(broken.isEmpty(), "model invariants: " + broken);
    }
    Oracles.problems(model.problems(), source, "parser");
    String dump = BuildkitDump.dump(model);
    String json = json(model);
    Dockerfile again = DockerfileParsing.parse(SourceText.of("Dockerfile", bytes.clone()));
    Oracles.check(dump.equals(BuildkitDump.dump(again)), "a second parse dumps differently");
    Oracles.check(json.equals(json(again)), "a second parse gives other JSON");
    return model;
  }

  /** The model as {@code berth parse --format json} prints it; it must be valid JSON. */
  private static String json(Dockerfile model) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      DockerfileJson.write(model, g);
    } catch (IOException e) {
      throw new AssertionError("cannot write the model as JSON", e);
    }
    try {
      JsonTree.parse(out.toString());
    } catch (IOException e) {
      throw new AssertionError("the model's JSON does not parse: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
