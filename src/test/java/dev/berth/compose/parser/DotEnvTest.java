package dev.berth.compose.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compose's .env syntax: values, quoting, comments, and errors at their line and column. */
class DotEnvTest {
  private static final Map<String, String> PROCESS =
      Map.of("HOME", "/home/me", "INHERITED", "from-env");

  private static DotEnvFile parse(String text) {
    return DotEnv.parse(SourceText.of(".env", text), PROCESS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A=1 | 1",
        "A = 1   | 1",
        "export A=1 | 1",
        "A: 1 | 1",
        "A= | ''",
        "A=value # a comment | value",
        "A=value#not-a-comment | value#not-a-comment",
        "A=#not-a-comment | #not-a-comment",
        "A= # comment | ''",
        "A='single $HOME' | single $HOME",
        "A=\"double \\\"q\\\" $HOME\" | double \"q\" /home/me",
        "A=\"tab\\there\" | 'tab\there'",
        "A=\"dollar \\$HOME\" | dollar $HOME",
        "A=${HOME}/bin | /home/me/bin",
        "A=${NOPE:-fallback} | fallback",
        "A='x' # comment | x",
        "A=\"x\" trailing | x",
      })
  void values(String line, String value) {
    DotEnvFile f = parse(line + "\n");
    assertEquals(List.of(), f.problems());
    String expected = value.replace("\\t", "\t");
    assertEquals(expected, f.values().get("A"));
  }

  @Test
  void multiLineQuotedValuesAndEscapes() {
    DotEnvFile f = parse("A=\"line1\\nline2\"\nB='one\ntwo'\nC=\"x\ny\"\n");
    assertEquals("line1\nline2", f.values().get("A"));
    assertEquals("one\ntwo", f.values().get("B"));
    assertEquals("x\ny", f.values().get("C"));
  }

  @Test
  void keyWithoutValueIsTakenFromTheEnvironmentIfSet() {
    DotEnvFile f = parse("INHERITED\nMISSING\n");
    assertEquals(Map.of("INHERITED", "from-env"), f.values());
  }

  @Test
  void laterValuesSeeEarlierOnesAndTheEnvironmentWins() {
    DotEnvFile f = parse("HOME=/ignored\nBASE=/opt\nBIN=${BASE}/bin\nH=$HOME\n");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("HOME", "/ignored");
    expected.put("BASE", "/opt");
    expected.put("BIN", "/opt/bin");
    expected.put("H", "/home/me");
    assertEquals(expected, f.values());
  }

  @Test
  void commentsAndBlankLinesAreSkipped() {
    DotEnvFile f = parse("# comment\n\n   \n  # indented comment\nA=1\r\nB=2\r\n");
    assertEquals(Map.of("A", "1", "B", "2"), f.values());
  }

  /** Errors as CODE@line:column. */
  private static List<String> errors(DotEnvFile f) {
    List<String> out = new ArrayList<>();
    for (Problem p : f.problems()) {
      out.add(p.code() + "@" + f.source().start(p.span()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OK=1\\nBAD KEY=1\\nC=3 | valid-env-file@2:4 | C",
        "OK=1\\nB@D=1 | valid-env-file@2:2 | OK",
        "=value\\nC=3 | valid-env-file@1:1 | C",
        "OK=1\\nQ=\"never closed\\nC=3 | valid-env-file@2:3 | OK",
        "Q='never closed | valid-env-file@1:3 | ''",
        "A=${1A}\\nC=3 | valid-env-file@1:3 | C",
        "A=x ${} | valid-env-file@1:5 | A",
      })
  void errorsAtTheirPosition(String text, String error, String keptKey) {
    DotEnvFile f = parse(text.replace("\\n", "\n"));
    assertEquals(List.of(error), errors(f));
    if (!keptKey.isEmpty()) {
      assertTrue(f.values().containsKey(keptKey), f.values().toString());
    }
  }

  @Test
  void messagesSayWhatToDo() {
    assertEquals(
        "A variable name cannot contain a space; write KEY=value.",
        parse("BAD KEY=1").problems().get(0).message());
    assertEquals(
        "This double-quoted value is never closed; add the closing \".",
        parse("A=\"x").problems().get(0).message());
  }
}
