package dev.berth.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.model.Heredoc;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.print.BuildkitDump;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BuildKit's heredoc cases: for every instruction its keyword, flags, arguments, JSON form, dump,
 * lines, and every heredoc's name, body, expand, chomp and file descriptor.
 */
class HeredocConformanceTest {
  private static final String BASE = "conformance/buildkit-heredoc";

  static Stream<String> cases() throws IOException {
    Path dir = SharedData.require(BASE);
    try (Stream<Path> s = Files.list(dir)) {
      return s
          .filter(p -> Files.exists(p.resolve("expected.json")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  private static JSONObject json(String relative) throws IOException {
    return new JSONObject(Files.readString(SharedData.require(BASE + "/" + relative)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseMatches(String name) throws IOException {
    Path file = SharedData.require(BASE + "/" + name + "/Dockerfile");
    JSONObject expected = json(name + "/expected.json");
    Dockerfile df =
        DockerfileParsing.parse(SourceText.of(file.toString(), Files.readAllBytes(file)));
    assertTrue(
        df.problems().stream().noneMatch(p -> p.level() == Level.ERROR),
        () -> "errors: " + df.problems());
    JSONArray instructions = expected.getJSONArray("instructions");
    assertEquals(instructions.length(), df.instructions().size(), "instruction count");
    for (int i = 0; i < instructions.length(); i++) {
      JSONObject e = instructions.getJSONObject(i);
      Instruction actual = df.instructions().get(i);
      String where = name + " instruction " + i;
      assertEquals(e.getString("instruction").toLowerCase(), actual.keyword().name(), where);
      assertEquals(
          strings(e.getJSONArray("flags")),
          actual.flags().stream().map(f -> f.text()).toList(),
          where);
      assertEquals(strings(e.getJSONArray("args")), BuildkitDump.arguments(actual), where);
      assertEquals(e.getString("dump"), "(" + BuildkitDump.instruction(actual) + ")", where);
      assertEquals(e.getBoolean("jsonForm"), isJson(actual), where + " jsonForm");
      assertEquals(
          e.getInt("startLine"), df.source().start(actual.span()).line(), where + " startLine");
      assertEquals(
          e.getInt("endLine"), df.source().endInclusive(actual.span()).line(), where + " endLine");
      JSONArray heredocs = e.getJSONArray("heredocs");
      List<Heredoc> got = actual.heredocs();
      assertEquals(heredocs.length(), got.size(), where + " heredoc count");
      for (int k = 0; k < heredocs.length(); k++) {
        JSONObject h = heredocs.getJSONObject(k);
        Heredoc g = got.get(k);
        assertEquals(h.getString("name"), g.name(), where);
        assertEquals(h.getString("content"), g.content(), where);
        assertEquals(h.getBoolean("expand"), g.expand(), where);
        assertEquals(h.getBoolean("chomp"), g.chomp(), where);
        assertEquals(h.getInt("fileDescriptor"), g.fileDescriptor(), where);
        if (h.has("chompedContent")) {
          assertEquals(h.getString("chompedContent"), g.effectiveContent(), where);
        }
        assertTrue(g.terminator().isPresent(), where + " terminated");
      }
    }
  }

  private static boolean isJson(Instruction i) {
    if (i instanceof Run r) {
      return r.command().map(c -> c instanceof ExecForm).orElse(false);
    }
    if (i instanceof Copy c) {
      return c.execForm();
    }
    if (i instanceof Add a) {
      return a.execForm();
    }
    return false;
  }

  private static List<String> strings(JSONArray a) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.length(); i++) {
      out.add(a.getString(i));
    }
    return out;
  }

  @Test
  void heredocWords() throws IOException, ShellSyntaxException {
    JSONArray cases = json("helpers/heredoc-word.json").getJSONArray("cases");
    for (int i = 0; i < cases.length(); i++) {
      JSONObject c = cases.getJSONObject(i);
      String word = c.getString("word");
      switch (c.getString("result")) {
        case "heredoc":
          {
            Heredocs.Operator op = Heredocs.parseWord(word);
            assertNotNull(op, word);
            assertEquals(c.getString("name"), op.name(), word);
            assertEquals(c.getBoolean("expand"), op.expand(), word);
            assertEquals(c.getBoolean("chomp"), op.chomp(), word);
            assertEquals(c.getInt("fileDescriptor"), op.fileDescriptor(), word);
            break;
          }
        case "error":
          assertThrows(ShellSyntaxException.class, () -> Heredocs.parseWord(word), word);
          break;
        default:
          assertNull(Heredocs.parseWord(word), word);
      }
    }
  }

  @Test
  void heredocsFromLine() throws IOException, ShellSyntaxException {
    JSONArray cases = json("helpers/heredocs-from-line.json").getJSONArray("cases");
    for (int i = 0; i < cases.length(); i++) {
      JSONObject c = cases.getJSONObject(i);
      List<String> names =
          Heredocs.fromLine(c.getString("line")).stream().map(Heredocs.Operator::name).toList();
      assertEquals(strings(c.getJSONArray("namesFromCodeReading")), names, c.getString("line"));
    }
  }

  @Test
  void chomp() throws IOException {
    JSONArray cases = json("helpers/chomp.json").getJSONArray("cases");
    for (int i = 0; i < cases.length(); i++) {
      JSONObject c = cases.getJSONObject(i);
      Heredoc h =
          new Heredoc(
              null,
              "EOF",
              true,
              true,
              0,
              dev.berth.core.Span.empty(0),
              c.getString("input"),
              java.util.Optional.empty());
      assertEquals(c.getString("expected"), h.effectiveContent());
    }
  }
}
