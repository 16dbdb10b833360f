package dev.berth.report;

import dev.berth.core.Applicability;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * For people at a terminal: a header per file with findings, each finding as {@code line:col level
 * message [ID]} with the flagged source under it, and a summary line. Colour is decided by the
 * caller; without it the output holds no escape sequence at all, and text from the linted files
 * never carries control characters to the terminal either way.
 */
public final class TtyReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String HEADER = "\u001b[1;4m";
  private static final String DIM = "\u001b[2m";
  private static final String BOLD = "\u001b[1m";
  private static final String BOLD_GREEN = "\u001b[1;32m";
  private static final String INDENT = "    ";
  private static final int LEVEL_WIDTH = Level.WARNING.id().length();

  private final boolean color;

  /** A reporter that colours its output only when {@code color} is true. */
  public TtyReporter(boolean color) {
    this.color = color;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    int[] perLevel = new int[Level.values().length];
    int files = 0;
    int fixable = 0;
    for (FileResult file : report.files()) {
      if (file.findings().isEmpty()) {
        continue;
      }
      if (files++ > 0) {
        out.write('\n');
      }
      out.write(paint(HEADER, TerminalText.oneLine(file.file())));
      out.write('\n');
      int locationWidth = 0;
      int maxLine = 1;
      for (Finding f : file.findings()) {
        locationWidth = Math.max(locationWidth, f.start().toString().length());
        maxLine = Math.max(maxLine, f.start().line());
      }
      String gutter = " ".repeat(Integer.toString(maxLine).length());
      for (Finding f : file.findings()) {
        perLevel[f.level().ordinal()]++;
        writeFinding(out, f, locationWidth);
        Optional<CodeFrame> frame = file.source().flatMap(src -> CodeFrame.of(src, f));
        if (frame.isPresent()) {
          writeFrame(out, frame.get(), f.level(), gutter);
        }
        if (f.fix().isPresent()) {
          Fix fix = f.fix().get();
          boolean safe = fix.applicability() == Applicability.SAFE;
          fixable += safe ? 1 : 0;
          out.write(INDENT + gutter + paint(DIM, " = ") + (safe ? "fix: " : "fix (unsafe): "));
          out.write(TerminalText.oneLine(fix.title()));
          out.write('\n');
        }
      }
    }
    if (files > 0) {
      out.write('\n');
    }
    out.write(summary(perLevel, files));
    out.write('\n');
    if (fixable > 0) {
      out.write(count(fixable, "problem", "problems") + " fixable with --fix\n");
    }
  }

  private void writeFinding(Writer out, Finding f, int locationWidth) throws IOException {
    out.write("  ");
    String location = f.start().toString();
    out.write(paint(DIM, location));
    out.write(" ".repeat(locationWidth - location.length() + 2));
    out.write(paint(levelStyle(f.level()), f.level().id()));
    out.write(" ".repeat(LEVEL_WIDTH - f.level().id().length() + 2));
    out.write(TerminalText.oneLine(f.message()));
    out.write("  ");
    out.write(paint(DIM, "[" + TerminalText.oneLine(f.code()) + "]"));
    out.write('\n');
  }

  private void writeFrame(Writer out, CodeFrame frame, Level level, String gutter)
      throws IOException {
    String number = Integer.toString(frame.line());
    String label = " ".repeat(gutter.length() - number.length()) + number;
    out.write(INDENT);
    out.write(paint(DIM, label + " |"));
    if (!frame.text().isEmpty()) {
      out.write(' ');
      out.write(frame.text());
    }
    out.write('\n');
    out.write(INDENT);
    out.write(paint(DIM, gutter + " |"));
    out.write(' ');
    out.write(" ".repeat(frame.caretOffset()));
    out.write(paint(levelStyle(level), "^".repeat(frame.caretCount())));
    if (frame.moreLines() > 0) {
      out.write(paint(DIM, " (+" + count(frame.moreLines(), "line", "lines") + ")"));
    }
    out.write('\n');
  }

  private String summary(int[] perLevel, int files) {
    int total = 0;
    for (int n : perLevel) {
      total += n;
    }
    if (total == 0) {
      return paint(BOLD_GREEN, "No problems found");
    }
    String text =
        count(total, "problem", "problems")
            + " ("
            + count(perLevel[Level.ERROR.ordinal()], "error", "errors")
            + ", "
            + count(perLevel[Level.WARNING.ordinal()], "warning", "warnings")
            + ", "
            + perLevel[Level.INFO.ordinal()]
            + " info, "
            + perLevel[Level.STYLE.ordinal()]
            + " style) in "
            + count(files, "file", "files");
    String style =
        perLevel[Level.ERROR.ordinal()] > 0
            ? levelStyle(Level.ERROR)
            : perLevel[Level.WARNING.ordinal()] > 0 ? levelStyle(Level.WARNING) : BOLD;
    return paint(style, text);
  }

  private static String levelStyle(Level level) {
    return switch (level) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[1;33m";
      case INFO -> "\u001b[32m";
      case STYLE -> "\u001b[36m";
    };
  }

  private String paint(String style, String text) {
    return color && !text.isEmpty() ? style + text + RESET : text;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
