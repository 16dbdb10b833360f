package dev.berth.report;

import dev.berth.core.Finding;
import dev.berth.core.SourceText;
import java.util.Optional;

/**
 * The source line of a finding as the terminal shows it, with where the carets go under it. Tabs
 * are expanded to stops of {@value #TAB_WIDTH} cells, wide characters take two cells and their
 * carets two as well, so the carets stay under the flagged text. A span over several lines is
 * marked from its start to the end of its first line, and the caret row says how many lines follow.
 * A line too long for the terminal is cut to a window around the carets.
 *
 * @param line the 1-based line number shown in the gutter
 * @param text the line as shown, possibly cut, with {@code ...} where it was cut
 * @param caretOffset cells from the start of {@code text} to the first caret
 * @param caretCount number of carets, at least one
 * @param moreLines lines of the span after the shown one
 */
record CodeFrame(int line, String text, int caretOffset, int caretCount, int moreLines) {
  static final int TAB_WIDTH = 4;
  static final int MAX_WIDTH = 120;
  private static final int CONTEXT = 24;
  private static final String CUT = "...";

  /** The frame of a finding, or empty when its line is not in the source. */
  static Optional<CodeFrame> of(SourceText source, Finding f) {
    int line = f.start().line();
    if (line < 1 || line > source.lineCount() || f.start().column() < 1) {
      return Optional.empty();
    }
    int[] cps = source.lineText(line).codePoints().toArray();
    int n = cps.length;
    int from = f.start().column() - 1;
    int moreLines = Math.max(0, f.end().line() - line);
    int to;
    if (f.span().isEmpty()) {
      to = from + 1;
    } else if (moreLines > 0) {
      to = Math.max(n, from + 1);
    } else {
      to = Math.max(f.end().column(), from + 1);
    }

    TerminalText.Cell[] cells = new TerminalText.Cell[n];
    int[] x = new int[n + 1];
    for (int i = 0; i < n; i++) {
      cells[i] = TerminalText.cell(cps[i], x[i], TAB_WIDTH);
      x[i + 1] = x[i] + cells[i].width();
    }
    int caretFrom = columnAt(x, from);
    int caretTo = Math.max(columnAt(x, to), caretFrom + 1);

    int first = 0;
    if (Math.max(x[n], caretTo) > MAX_WIDTH && caretTo > MAX_WIDTH - CUT.length()) {
      int target = caretFrom - CONTEXT;
      while (first < Math.min(from, n) && x[first] < target) {
        first++;
      }
    }
    String lead = first > 0 ? CUT : "";
    int budget = MAX_WIDTH - lead.length();
    int last = first;
    while (last < n && x[last + 1] - x[first] <= budget) {
      last++;
    }
    if (last < n) {
      budget -= CUT.length();
      while (last > first && x[last] - x[first] > budget) {
        last--;
      }
    }
    StringBuilder text = new StringBuilder(lead);
    for (int i = first; i < last; i++) {
      text.append(cells[i].shown());
    }
    if (last < n) {
      text.append(CUT);
      caretTo = Math.min(caretTo, x[last]);
    }
    int offset = lead.length() + caretFrom - x[first];
    int count = Math.max(1, caretTo - caretFrom);
    return Optional.of(new CodeFrame(line, text.toString(), offset, count, moreLines));
  }

  /** Screen column of a code point index; past the end of the line, one cell per index. */
  private static int columnAt(int[] x, int index) {
    int n = x.length - 1;
    return index <= n ? x[index] : x[n] + (index - n);
  }
}
