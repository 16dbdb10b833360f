package dev.berth.compose.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeJsonDumpTest {
  @Test
  void dumpsNodesWithPositionsAliasesAndProblems() throws IOException {
    ComposeFile f =
        ComposeLoading.load(
            SourceText.of(
                "compose.yaml", "x: &p 0440\nservices:\n  web: {mode: *p, image: \"a:${T}\"}\n"),
            ComposeLoadOptions.defaults().withEnvironment(Map.of("T", "1")));
    StringWriter out = new StringWriter();
    ComposeJsonDump.write(f, out);
    String json = out.toString().replaceAll("\\s+", "");
    String mode =
        "{\"key\":{\"kind\":\"scalar\",\"line\":3,\"column\":9,\"endLine\":3,\"endColumn\":12,"
            + "\"start\":29,\"end\":33,\"style\":\"plain\",\"type\":\"string\",\"raw\":\"mode\","
            + "\"value\":\"mode\"},\"value\":{\"kind\":\"scalar\",\"line\":1,\"column\":7,"
            + "\"endLine\":1,\"endColumn\":10,\"start\":6,\"end\":10,\"alias\":{\"line\":3,"
            + "\"column\":15},\"style\":\"plain\",\"type\":\"integer\",\"raw\":\"0440\","
            + "\"value\":\"0440\"}}";
    assertEquals(true, json.contains(mode), json);
    assertEquals(true, json.contains("\"raw\":\"a:${T}\",\"value\":\"a:1\""), json);
    assertEquals(true, json.endsWith("\"problems\":[]}"), json);
  }

  @Test
  void aFileThatDidNotLoadHasANullRoot() throws IOException {
    ComposeFile f = ComposeLoading.load(SourceText.of("c.yaml", ""), ComposeLoadOptions.defaults());
    StringWriter out = new StringWriter();
    ComposeJsonDump.write(f, out);
    String json = out.toString().replaceAll("\\s+", " ");
    assertEquals(true, json.contains("\"root\" : null"), json);
    assertEquals(true, json.contains("\"code\" : \"no-empty-file\""), json);
  }
}
