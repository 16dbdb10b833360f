package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.print.BuildkitDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The three extra BuildKit parser tests: line numbers, empty-continuation warnings, long lines. */
class BuildkitExtrasTest {
  private static final String BASE = "conformance/buildkit-parser/extras/";

  private static Dockerfile parse(String name) throws IOException {
    Path f = SharedData.require(BASE + name + "/Dockerfile");
    return DockerfileParsing.parse(SourceText.of(f.toString(), Files.readAllBytes(f)));
  }

  private static JSONObject expected(String name) throws IOException {
    return new JSONObject(Files.readString(SharedData.require(BASE + name + "/expected.json")));
  }

  @Test
  void lineNumbers() throws IOException {
    Dockerfile df = parse("line-numbers");
    JSONObject e = expected("line-numbers");
    JSONArray instructions = e.getJSONArray("instructions");
    assertEquals(instructions.length(), df.instructions().size());
    for (int i = 0; i < instructions.length(); i++) {
      Instruction actual = df.instructions().get(i);
      assertEquals(
          instructions.getJSONObject(i).getInt("startLine"),
          df.source().start(actual.span()).line());
      assertEquals(
          instructions.getJSONObject(i).getInt("endLine"),
          df.source().endInclusive(actual.span()).line());
    }
    assertEquals(
        e.getInt("fileStartLine"), df.source().start(df.instructions().get(0).span()).line());
    assertEquals(e.getString("derivedDump"), BuildkitDump.dump(df));
  }

  @Test
  void emptyContinuationWarnings() throws IOException {
    Dockerfile df = parse("empty-continuation-warnings");
    JSONObject e = expected("empty-continuation-warnings");
    List<Problem> warnings =
        df.problems().stream()
            .filter(p -> p.code().equals(ProblemCodes.NO_EMPTY_CONTINUATION))
            .toList();
    assertEquals(e.getInt("warningCount"), warnings.size());
    assertEquals(e.getString("derivedDump"), BuildkitDump.dump(df));
    // each warning points at a blank line inside the instruction it belongs to
    for (Problem w : warnings) {
      String line = df.source().lineText(df.source().start(w.span()).line());
      assertTrue(line.isBlank(), "warning on a blank line, got: '" + line + "'");
    }
  }

  @Test
  void lineTooLong() throws IOException {
    Dockerfile df = parse("line-too-long");
    List<Problem> errors =
        df.problems().stream().filter(p -> p.code().equals(ProblemCodes.LINE_TOO_LONG)).toList();
    assertEquals(1, errors.size());
    assertEquals(3, df.source().start(errors.get(0).span()).line());
    assertTrue(errors.get(0).message().contains("65535"));
  }
}
