package dev.berth.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BuildKit's check option grammar. */
class CheckOptionsTest {
  private static CheckOptions ok(String text) {
    CheckOptions.Result r = CheckOptions.parse(text);
    assertTrue(r.valid(), () -> text + ": " + r.error());
    return r.options().orElseThrow();
  }

  private static List<String> names(List<CheckOptions.Name> names) {
    return names.stream().map(CheckOptions.Name::text).toList();
  }

  @Test
  void skipListsAndAll() {
    CheckOptions o = ok("skip=A, B ,C");
    assertEquals(List.of("A", "B", "C"), names(o.skip()));
    assertFalse(o.skipAll());
    assertTrue(ok("skip=all").skipAll());
    CheckOptions mixed = ok("skip=all,A");
    assertFalse(mixed.skipAll());
    assertEquals(List.of("all", "A"), names(mixed.skip()));
  }

  @Test
  void namesCarryTheirOffsets() {
    CheckOptions o = ok("error=false;skip=Ab,Cd");
    assertEquals(17, o.skip().get(0).start());
    assertEquals(19, o.skip().get(0).end());
    assertEquals(20, o.skip().get(1).start());
  }

  @Test
  void emptyIsNothing() {
    assertEquals(CheckOptions.NONE, ok(""));
    assertEquals(CheckOptions.NONE, ok("  "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "t", "T", "TRUE", "true", "True"})
  void goTrue(String v) {
    assertTrue(ok("error=" + v).error());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "f", "F", "FALSE", "false", "False"})
  void goFalse(String v) {
    assertFalse(ok("error=" + v).error());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"error=yes", "error=", "error=tRUE", "Skip=A", "skip", "skip=A;", "foo=bar", ";"})
  void invalid(String text) {
    assertFalse(CheckOptions.parse(text).valid(), text);
  }

  @Test
  void atMostThreePartsTheLastKeepsTheRest() {
    // SplitN(…, 3): the third part is "error=true;skip=B", whose value is not a boolean
    CheckOptions.Result r = CheckOptions.parse("skip=A;experimental=all;error=true;skip=B");
    assertFalse(r.valid());
    assertTrue(r.error().contains("error=true;skip=B"), r.error());
  }

  @Test
  void aFourthOptionEndsUpInTheThirdValue() {
    assertEquals(
        List.of("x;skip=B"), names(ok("skip=A;error=true;experimental=x;skip=B").experimental()));
  }

  @Test
  void experimental() {
    assertTrue(ok("experimental=all").experimentalAll());
    assertEquals(List.of("X", "Y"), names(ok("experimental=X,Y").experimental()));
  }

  @Test
  void directiveValuesAreCutAtTheFirstSpace() {
    assertEquals("skip=A,", CheckOptions.cutAtSpace("skip=A, B"));
    assertEquals("skip=X", CheckOptions.cutAtSpace("skip=X // why"));
    assertEquals("skip=X", CheckOptions.cutAtSpace("skip=X"));
  }
}
