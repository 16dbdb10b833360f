package dev.berth.compose.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compose's substitution forms, their values and the exact range of each issue. */
class InterpolationTest {
  private static final Map<String, String> ENV = Map.of("SET", "v", "EMPTY", "", "B", "b");

  /** Issues as KIND@start-end, char indices into the template. */
  private static String issues(InterpolationResult r) {
    List<String> out = new ArrayList<>();
    for (InterpolationIssue i : r.issues()) {
      out.add(i.kind() + "@" + i.start() + "-" + i.end());
    }
    return String.join(" ", out);
  }

  @ParameterizedTest(name = "[{0}] -> [{1}] {2}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "plain text | plain text | ",
        "$SET | v | ",
        "${SET} | v | ",
        "a${SET}b$SET.c | avbv.c | ",
        "$SET_x | '' | UNSET_VARIABLE@0-6",
        "${UNSET} | '' | UNSET_VARIABLE@0-8",
        "${UNSET:-d} | d | ",
        "${EMPTY:-d} | d | ",
        "${EMPTY-d} | '' | ",
        "${UNSET-d} | d | ",
        "${SET:-d} | v | ",
        "${UNSET:?} | '' | REQUIRED_VARIABLE_MISSING@0-10",
        "${EMPTY:?msg} | '' | REQUIRED_VARIABLE_MISSING@0-13",
        "${EMPTY?msg} | '' | ",
        "x${UNSET?msg} | x | REQUIRED_VARIABLE_MISSING@1-13",
        "${SET:+alt} | alt | ",
        "${EMPTY:+alt} | '' | ",
        "${EMPTY+alt} | alt | ",
        "${UNSET+alt} | '' | ",
        "${UNSET:-${B:-x}} | b | ",
        "${UNSET:-${NOPE:-x}} | x | ",
        "${UNSET:-${NOPE}} | '' | UNSET_VARIABLE@9-16",
        "${SET:-${NOPE}} | v | ",
        "$$SET | $SET | ",
        "$$${SET} | $v | ",
        "cost: 5$ | cost: 5$ | ",
        "$ $1 $- | $ $1 $- | ",
        "${} | ${} | SYNTAX@0-3",
        "a ${1A} b | a ${1A} b | SYNTAX@2-7",
        "${SET | ${SET | SYNTAX@0-5",
        "x ${ | x ${ | SYNTAX@2-4",
        "${SET/a/b} | ${SET/a/b} | SYNTAX@0-10",
        "${SET:0:2} | ${SET:0:2} | SYNTAX@0-10",
        "${SET:-${}} | v | SYNTAX@7-10",
        "${A-${B-${C-${D}}}} | b | ",
      })
  void substitutes(String template, String value, String issues) {
    InterpolationResult r = Interpolation.substitute(template, ENV);
    assertEquals(value == null ? "" : value, r.value());
    assertEquals(issues == null ? "" : issues, issues(r));
  }

  @org.junit.jupiter.api.Test
  void requiredMessageNamesTheVariableAndItsMessage() {
    InterpolationResult r = Interpolation.substitute("${DB_PASSWORD:?set a password}", Map.of());
    assertEquals(
        "Required variable DB_PASSWORD is not set or empty: set a password. Set it in the"
            + " environment or in the .env file.",
        r.issues().get(0).message());
  }

  @org.junit.jupiter.api.Test
  void deepNestingIsReportedNotFollowed() {
    String deep = "${A:-".repeat(1000) + "x" + "}".repeat(1000);
    InterpolationResult r = Interpolation.substitute(deep, Map.of());
    assertEquals(InterpolationIssue.Kind.SYNTAX, r.issues().get(0).kind());
  }
}
