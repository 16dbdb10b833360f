package dev.berth.engine.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.Applicability;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixer's passes, conflict handling and refusals, on a made-up file type. */
class FixerTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void nothingToFixReturnsTheInputAfterOneLint() {
    TextRelinter relinter = new TextRelinter().rule("A", "x", "y");
    byte[] input = bytes("abc");
    FixResult r = new Fixer().fix(input, relinter);
    assertEquals(FixResult.Status.NOTHING_TO_FIX, r.status());
    assertSame(input, r.bytes());
    assertFalse(r.changed());
    assertEquals(0, r.passes());
    assertEquals(1, relinter.calls);
  }

  @Test
  void appliesEveryNonOverlappingFixInOnePass() {
    TextRelinter relinter = new TextRelinter().rule("A", "a", "AA").rule("B", "b", "");
    FixResult r = new Fixer().fix(bytes("a-b-a-b"), relinter);
    assertEquals("AA--AA-", text(r.bytes()));
    assertEquals(FixResult.Status.FIXED, r.status());
    assertEquals(1, r.passes());
    assertEquals(4, r.fixesApplied());
    assertEquals(Map.of("A", 2, "B", 2), r.fixedByRule());
    assertEquals(List.of(), r.remaining());
    assertEquals(2, relinter.calls);
  }

  @Test
  void overlappingFixIsSkippedInOnePassAndAppliedInTheNext() {
    // "ab" -> "AB" and "[bB]c" -> "BC" overlap on the b.
    TextRelinter relinter = new TextRelinter().rule("A", "ab", "AB").rule("C", "[bB]c", "BC");
    byte[] input = bytes("abc");
    Fixer.Pass first =
        Fixer.applyPass(input, relinter.lint(input).findings(), Set.of(Applicability.SAFE));
    assertEquals("ABc", text(first.bytes()));
    assertEquals(List.of("A"), first.fixed().stream().map(Finding::code).toList());

    FixResult r = new Fixer().fix(input, relinter);
    assertEquals("ABC", text(r.bytes()));
    assertEquals(2, r.passes());
    assertEquals(2, r.fixesApplied());
    assertEquals(FixResult.Status.FIXED, r.status());
  }

  @Test
  void touchingFixesWaitForTheNextPass() {
    TextRelinter relinter = new TextRelinter().rule("A", "a", "x").rule("B", "b", "y");
    FixResult r = new Fixer().fix(bytes("ab"), relinter);
    assertEquals("xy", text(r.bytes()));
    assertEquals(2, r.passes());
  }

  @Test
  void identicalFixesOfTwoFindingsAreAppliedOnce() {
    TextRelinter relinter = new TextRelinter().rule("A", "a", "b").rule("B", "a", "b");
    FixResult r = new Fixer().fix(bytes("a"), relinter);
    assertEquals("b", text(r.bytes()));
    assertEquals(2, r.fixesApplied());
    assertEquals(1, r.passes());
  }

  @Test
  void unsafeFixesAreAppliedOnlyWhenAsked() {
    TextRelinter relinter = new TextRelinter().unsafeRule("U", "a", "b");
    assertEquals(FixResult.Status.NOTHING_TO_FIX, new Fixer().fix(bytes("a"), relinter).status());
    FixResult r =
        new Fixer(Fixer.DEFAULT_MAX_PASSES, EnumSet.allOf(Applicability.class))
            .fix(bytes("a"), relinter);
    assertEquals("b", text(r.bytes()));
  }

  @Test
  void inputWithAParseErrorIsLeftUntouched() {
    TextRelinter relinter = new TextRelinter().rule("A", "a", "b");
    byte[] input = bytes("a!a");
    FixResult r = new Fixer().fix(input, relinter);
    assertEquals(FixResult.Status.INPUT_DOES_NOT_PARSE, r.status());
    assertTrue(r.stoppedOnParseError());
    assertSame(input, r.bytes());
    assertArrayEquals(bytes("a!a"), input);
    assertEquals(2, r.remaining().size());
    assertEquals(1, relinter.calls);
  }

  @Test
  void aPassThatBreaksTheParseDiscardsEveryFixEvenFromEarlierPasses() {
    // Pass 1 turns a into b (fine), pass 2 turns b into ! (a syntax error).
    TextRelinter relinter = new TextRelinter().rule("A", "a", "b").rule("Bad", "b", "!");
    byte[] input = bytes("xa");
    FixResult r = new Fixer().fix(input, relinter);
    assertEquals(FixResult.Status.FIX_BREAKS_PARSE, r.status());
    assertTrue(r.stoppedOnParseError());
    assertSame(input, r.bytes());
    assertFalse(r.changed());
    assertEquals(0, r.fixesApplied());
    assertEquals(2, r.passes());
    assertEquals(Set.of("Bad"), r.suspectRules());
    assertEquals("'!' is not allowed", r.introducedProblems().get(0).message());
    assertEquals("found a", r.remaining().get(0).message());
  }

  @Test
  void fixesThatUndoEachOtherStopAtThePassLimit() {
    TextRelinter relinter = new TextRelinter().rule("A", "a", "b").rule("B", "b", "a");
    FixResult r = new Fixer().fix(bytes("a"), relinter);
    assertEquals(FixResult.Status.NOT_CONVERGED, r.status());
    assertEquals(Fixer.DEFAULT_MAX_PASSES, r.passes());
    assertEquals(Fixer.DEFAULT_MAX_PASSES + 1, relinter.calls);
    assertEquals("a", text(r.bytes()));
  }

  @Test
  void aFixThatChangesNothingEndsTheLoop() {
    TextRelinter relinter = new TextRelinter().rule("A", "a", "a");
    FixResult r = new Fixer().fix(bytes("a"), relinter);
    assertEquals(FixResult.Status.NOT_CONVERGED, r.status());
    assertEquals(0, r.passes());
    assertFalse(r.changed());
  }

  @Test
  void bytesOutsideTheEditsAreCopiedVerbatim() {
    // A byte order mark, invalid UTF-8 (0xFF), CRLF and trailing blanks around the edit.
    byte[] input = {
      (byte) 0xEF,
      (byte) 0xBB,
      (byte) 0xBF,
      'a',
      ' ',
      '\r',
      '\n',
      (byte) 0xFF,
      'a',
      '\t',
      '\r',
      '\n'
    };
    FixResult r = new Fixer().fix(input, new TextRelinter().rule("A", "a", "\u00e9"));
    byte[] expected = {
      (byte) 0xEF,
      (byte) 0xBB,
      (byte) 0xBF,
      (byte) 0xC3,
      (byte) 0xA9,
      ' ',
      '\r',
      '\n',
      (byte) 0xFF,
      (byte) 0xC3,
      (byte) 0xA9,
      '\t',
      '\r',
      '\n'
    };
    assertArrayEquals(expected, r.bytes());
  }

  @Test
  void escapedInvalidBytesInAReplacementBecomeTheBytesAgain() {
    byte[] out = Fixer.splice(bytes("ab"), List.of(TextEdit.replace(new Span(1, 2), "\udcff")));
    assertArrayEquals(new byte[] {'a', (byte) 0xFF}, out);
  }

  @Test
  void anEditOutsideTheFileIsARuleBug() {
    SourceText source = SourceText.of("f", "abc");
    Finding bad =
        Finding.at(
            source,
            new Span(0, 1),
            "Bug",
            Level.ERROR,
            "m",
            Optional.of(Fix.safe("t", TextEdit.replace(new Span(2, 9), "x"))));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Fixer().fix(bytes("abc"), b -> new Relinter.Linted(List.of(bad), List.of())));
    assertTrue(e.getMessage().startsWith("Bug: "), e.getMessage());
  }

  @Test
  void warningProblemsTheInputAlreadyHadDoNotStopTheFixer() {
    Relinter.Linted before =
        new Relinter.Linted(
            List.of(),
            List.of(new dev.berth.core.Problem("W", Level.WARNING, new Span(0, 1), "w")));
    Relinter.Linted same =
        new Relinter.Linted(
            List.of(),
            List.of(new dev.berth.core.Problem("W", Level.WARNING, new Span(5, 6), "w")));
    assertEquals(List.of(), before.problemsAddedIn(same));
    assertEquals(
        1,
        same.problemsAddedIn(
                new Relinter.Linted(
                    List.of(), List.of(same.syntaxProblems().get(0), same.syntaxProblems().get(0))))
            .size());
    assertFalse(before.hasParseError());
  }
}
