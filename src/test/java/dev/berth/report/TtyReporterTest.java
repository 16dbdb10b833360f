package dev.berth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TtyReporterTest {
  private static final String ESC = "\u001b";

  /** Renders one file with one finding on the {@code nth} occurrence of {@code needle}. */
  private static List<String> frame(String text, String needle, int nth) throws IOException {
    SourceText src = SourceText.of("Dockerfile", text);
    Finding f =
        Finding.at(
            src,
            SampleReport.span(src, needle, nth),
            "DL3003",
            Level.WARNING,
            "m",
            Optional.empty());
    return render(src, f, false).lines().toList();
  }

  private static String render(SourceText src, Finding f, boolean color) throws IOException {
    Report r =
        new Report(
            List.of(new FileResult(src.name(), Optional.of(src), List.of(f))), List.of(), "1");
    return Render.with(new TtyReporter(color), r);
  }

  /** Column (in cells, as the test strings are built) of the first caret in the caret row. */
  private static int caretColumn(String caretRow) {
    return caretRow.indexOf('^');
  }

  @Test
  void caretsSitUnderTheFlaggedTextAfterTabs() throws IOException {
    List<String> out = frame("FROM a\n\tRUN\tx=1 &&\tcd /tmp\n", "cd /tmp", 0);
    // "\tRUN\tx=1 &&\tcd" expands with stops of 4 to "    RUN x=1 &&  cd"
    assertEquals("    2 |     RUN x=1 &&  cd /tmp", out.get(2));
    assertEquals("      |                 ^^^^^^^", out.get(3));
    assertEquals(out.get(2).indexOf("cd"), caretColumn(out.get(3)));
  }

  @Test
  void wideCharactersTakeTwoCellsAndCombiningMarksNone() throws IOException {
    List<String> out = frame("RUN echo \u4e16\u754c e\u0301 && cd /x\n", "\u754c e\u0301 &&", 0);
    assertEquals("    1 | RUN echo \u4e16\u754c e\u0301 && cd /x", out.get(2));
    // 9 cells for "RUN echo ", 2 for the first wide character; the span is 2 + 1 + 1 + 0 + 1 + 2
    assertEquals("      | " + " ".repeat(11) + "^".repeat(7), out.get(3));
  }

  @Test
  void controlCharactersAndBadBytesAreShownNotSent() throws IOException {
    SourceText src =
        SourceText.of(
            "evil\u001b[2J.Dockerfile",
            new byte[] {'R', 'U', 'N', ' ', 0x1b, '[', '3', '1', 'm', (byte) 0xff, ' ', 'x', '\n'});
    Finding f =
        Finding.at(
            src,
            Span.of(11, 12),
            "DL\u001b[0m",
            Level.ERROR,
            "msg \u001b]0;title\u0007\u202e",
            Optional.of(Fix.safe("t\u001bx", TextEdit.delete(Span.of(11, 12)))));
    String plain = render(src, f, false);
    assertFalse(plain.contains(ESC), plain);
    assertFalse(plain.contains("\u0007"), plain);
    assertTrue(plain.contains("    1 | RUN \u241b[31m\\xff x\n"), plain);
    // "RUN " 4 + picture 1 + "[31m" 4 + "\xff" 4 + " " 1 = 14 cells before x
    assertTrue(plain.contains("      | " + " ".repeat(14) + "^\n"), plain);
    assertTrue(plain.contains("msg \u241b]0;title\u2407<U+202E>"), plain);
    String colored = render(src, f, true);
    assertEquals(plain, stripAnsi(colored), "colour adds escape codes and nothing else");
  }

  @Test
  void colourIsOnlyEscapeCodesAroundThePlainText() throws IOException {
    Report report = SampleReport.build();
    String plain = Render.with(new TtyReporter(false), report);
    String colored = Render.with(new TtyReporter(true), report);
    assertFalse(plain.contains(ESC));
    assertTrue(colored.contains(ESC + "[1;31m"));
    assertEquals(plain, stripAnsi(colored));
  }

  @Test
  void multiLineSpanMarksToTheEndOfItsFirstLine() throws IOException {
    List<String> out = frame("RUN a && \\\n  b && \\\n  c\n", "a && \\\n  b && \\\n  c", 0);
    assertEquals("    1 | RUN a && \\", out.get(2));
    assertEquals("      |     ^^^^^^ (+2 lines)", out.get(3));
  }

  @Test
  void emptySpanAtTheEndOfALineGetsOneCaretAfterIt() throws IOException {
    SourceText src = SourceText.of("Dockerfile", "FROM a");
    Finding f = Finding.at(src, Span.empty(6), "X", Level.STYLE, "m", Optional.empty());
    List<String> out = render(src, f, false).lines().toList();
    assertEquals("    1 | FROM a", out.get(2));
    assertEquals("      |       ^", out.get(3));
  }

  @Test
  void longLinesAreCutToAWindowAroundTheCarets() throws IOException {
    String line = "RUN " + "a".repeat(400) + " target " + "b".repeat(400);
    List<String> out = frame(line + "\n", "target", 0);
    String text = out.get(2).substring("    1 | ".length());
    String carets = out.get(3).substring("      | ".length());
    assertTrue(text.startsWith("...") && text.endsWith("..."), text);
    assertTrue(text.length() <= CodeFrame.MAX_WIDTH, text);
    assertEquals(text.indexOf("target"), carets.indexOf('^'));
    assertEquals("^^^^^^", carets.strip());

    List<String> early = frame("RUN x " + "a".repeat(300) + "\n", "x", 0);
    assertTrue(early.get(2).endsWith("..."));
    assertEquals("      |     ^", early.get(3));
  }

  @Test
  void aFindingWithoutSourceHasNoFrame() throws IOException {
    Report report = SampleReport.build();
    String out = Render.with(new TtyReporter(false), report);
    assertTrue(
        out.contains(
            "vendor/huge.Dockerfile\n"
                + "  1:1  error    The file is 12 MiB, over the 10 MiB limit; it was not linted."
                + "  [FileTooLarge]\n\n"));
  }

  @Test
  void summaryCountsLevelsAndFilesWithProblems() throws IOException {
    String out = Render.with(new TtyReporter(false), SampleReport.build());
    assertTrue(
        out.endsWith(
            "\n12 problems (4 errors, 3 warnings, 3 info, 2 style) in 3 files\n"
                + "2 problems fixable with --fix\n"),
        out);
    assertFalse(out.contains("web/Dockerfile"), "a clean file gets no header");

    SourceText src = SourceText.of("Dockerfile", "FROM a\n");
    Finding one = Finding.at(src, Span.of(0, 4), "X", Level.ERROR, "m", Optional.empty());
    assertTrue(
        render(src, one, false)
            .endsWith("\n1 problem (1 error, 0 warnings, 0 info, 0 style) in 1 file\n"));
  }

  @Test
  void noProblemsFound() throws IOException {
    Report clean =
        new Report(
            List.of(new FileResult("Dockerfile", Optional.empty(), List.of())), List.of(), "1");
    assertEquals("No problems found\n", Render.with(new TtyReporter(false), clean));
    assertEquals(
        ESC + "[1;32mNo problems found" + ESC + "[0m\n", Render.with(new TtyReporter(true), clean));
  }

  private static String stripAnsi(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "");
  }
}
