package dev.berth.dockerfile.parser;

import dev.berth.dockerfile.model.TextMap;
import java.util.List;

/**
 * Joins continued lines the way BuildKit does: each continuation (escape, trailing blanks, line
 * break) is removed, then every following line that is blank or a comment is skipped, and the next
 * line is appended with its leading whitespace. Works on marked code points (see {@link
 * EscapeMarker}) and records, for each char of the result, the code point index it came from.
 */
final class LogicalText {
  final String text;

  /** Code point index where {@link #text} starts, when it maps one char to one code point. */
  private final int identityFrom;

  /**
   * Code point index of each UTF-16 char of {@link #text}, plus the end index; null for identity
   * and for runs.
   */
  private final int[] source;

  /**
   * For a text of runs, each of which maps its chars one to one onto code points: the index in
   * {@link #text} where each run starts (ascending, the first 0), and the code point index it
   * starts at; null otherwise.
   */
  private final int[] runText;

  private final int[] runSource;

  /** The code point index after the text, for a text of runs. */
  private final int runEnd;

  private LogicalText(String text, int identityFrom, int[] source) {
    this.text = text;
    this.identityFrom = identityFrom;
    this.source = source;
    this.runText = null;
    this.runSource = null;
    this.runEnd = 0;
  }

  private LogicalText(String text, int[] runText, int[] runSource, int runEnd) {
    this.text = text;
    this.identityFrom = 0;
    this.source = null;
    this.runText = runText;
    this.runSource = runSource;
    this.runEnd = runEnd;
  }

  /**
   * Code point index the UTF-16 char {@code i} of {@link #text} came from; {@code text.length()}
   * gives the end index.
   */
  int source(int i) {
    if (source != null) {
      return source[i];
    }
    if (runText == null) {
      return identityFrom + i;
    }
    if (i == text.length()) {
      return runEnd;
    }
    int lo = 0;
    int hi = runText.length - 1;
    while (lo < hi) { // the last run that starts at or before i
      int mid = (lo + hi + 1) >>> 1;
      if (runText[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return runSource[lo] + i - runText[lo];
  }

  /** Fills {@code out} with {@code base} plus the source of chars 0, 1, ... of the text. */
  void sources(int[] out, int base) {
    if (source != null) {
      for (int i = 0; i < out.length; i++) {
        out[i] = base + source[i];
      }
    } else if (runText == null) {
      for (int i = 0; i < out.length; i++) {
        out[i] = base + identityFrom + i;
      }
    } else {
      int n = Math.min(out.length, text.length());
      for (int k = 0; k < runText.length; k++) {
        int from = runText[k];
        int to = k + 1 < runText.length ? Math.min(runText[k + 1], n) : n;
        int shift = base + runSource[k] - from;
        for (int i = from; i < to; i++) {
          out[i] = shift + i;
        }
      }
      if (out.length > text.length()) {
        out[text.length()] = base + runEnd;
      }
    }
  }

  /**
   * The map of {@code text}, the first {@code end} chars of {@link #text}, to {@code base} plus the
   * source of each char (a byte offset, when each code point is one byte), kept as runs; null when
   * the text maps char by char.
   */
  TextMap runsMap(String text, int end, int base) {
    if (source != null) {
      return null;
    }
    if (runText == null) {
      return TextMap.ofRuns(
          text, new int[] {0}, new int[] {base + identityFrom}, base + identityFrom + end);
    }
    int runs = 1;
    while (runs < runText.length && runText[runs] < end) {
      runs++;
    }
    int[] offsets = new int[runs];
    for (int k = 0; k < runs; k++) {
      offsets[k] = base + runSource[k];
    }
    int[] starts = runs == runText.length ? runText : java.util.Arrays.copyOf(runText, runs);
    return TextMap.ofRuns(text, starts, offsets, base + source(end));
  }

  /**
   * True when {@link #text} is the code points it came from, one char each, unchanged: no marker,
   * no continuation, no surrogate pair.
   */
  boolean plain() {
    return source == null && runText == null;
  }

  /**
   * The logical text of {@code cps[from, to)}, never reading past a line break outside a
   * continuation.
   */
  static LogicalText of(int[] cps, int from, int to, int escape) {
    return of(cps, from, to, escape, null);
  }

  /**
   * As {@link #of(int[], int, int, int)}; {@code identityText}, when not null, is the unmarked text
   * of all of {@code cps} with one char per code point, whose substring is a plain text.
   */
  static LogicalText of(int[] cps, int from, int to, int escape, String identityText) {
    // The plain text maps its chars one to one onto code points: no marker, no surrogate pair.
    // Without identityText the text may hold supplementary code points, two chars each, which
    // are counted; with it, it holds none, and the first marker ends the look.
    int firstMarked = -1;
    int supplementary = 0;
    for (int i = from; i < to; i++) {
      int c = cps[i];
      if (c > EscapeMarker.ESCAPE_BACKTICK && c < Character.MIN_LOW_SURROGATE) {
        continue; // the common case: neither of the two below
      }
      if (EscapeMarker.isMarkedOrDisplaced(c)) {
        if (firstMarked < 0) {
          firstMarked = i;
        }
        if (identityText != null) {
          break;
        }
      } else if (Character.isSupplementaryCodePoint(c)) {
        supplementary++;
        if (firstMarked < 0) {
          firstMarked = i;
        }
      }
    }
    if (firstMarked < 0) {
      String text =
          identityText != null
              ? identityText.substring(from, to)
              : new String(cps, from, to - from);
      return new LogicalText(text, from, null);
    }
    char[] chars = new char[Math.max(0, to - from) + supplementary];
    // one entry per char and one for the end; entries past the end are never read
    int[] src = new int[chars.length + 1];
    int n = 0;
    int i = from;
    for (; i < firstMarked; i++, n++) { // plain up to here: no marker, no supplementary
      chars[n] = (char) cps[i];
      src[n] = i;
    }
    while (i < to) {
      int c = cps[i];
      while (c > EscapeMarker.ESCAPE_BACKTICK && c < Character.MIN_LOW_SURROGATE) {
        chars[n] = (char) c; // the common case: neither a marker nor a surrogate
        src[n++] = i++;
        if (i == to) {
          break;
        }
        c = cps[i];
      }
      if (i == to) {
        break;
      }
      if (c == EscapeMarker.CONTINUATION) {
        i = skipContinuation(cps, i, to, null, null);
        continue;
      }
      int u = EscapeMarker.unmark(c, escape);
      if (Character.isSupplementaryCodePoint(u)) {
        chars[n] = Character.highSurrogate(u);
        src[n++] = i;
        chars[n] = Character.lowSurrogate(u);
        src[n++] = i;
      } else {
        chars[n] = (char) u;
        src[n++] = i;
      }
      i++;
    }
    src[n] = i;
    return new LogicalText(new String(chars, 0, n), from, src);
  }

  /**
   * As {@link #of(int[], int, int, int, String)} with a non-null {@code identityText}, where {@code
   * marked} and {@code continuations} hold the indexes of all marked code points and of all
   * continuation markers of {@code cps}, ascending (see {@link EscapeMarker.Indexes}): reads the
   * code points only where continuations are.
   */
  static LogicalText of(
      int[] cps, int from, int to, String identityText, int[] marked, int[] continuations) {
    int k = firstAtOrAfter(marked, from);
    if (k == marked.length || marked[k] >= to) {
      return new LogicalText(identityText.substring(from, to), from, null);
    }
    StringBuilder sb = new StringBuilder(to - from);
    int[] runText = new int[4];
    int[] runSource = new int[4];
    int runs = 0;
    int i = from;
    for (int c = firstAtOrAfter(continuations, from); i < to; c++) {
      int e = c < continuations.length ? Math.min(continuations[c], to) : to;
      if (e < i) {
        continue; // a marker in lines that an earlier continuation skipped
      }
      if (e > i) {
        if (runs == runText.length) {
          runText = java.util.Arrays.copyOf(runText, runs * 2);
          runSource = java.util.Arrays.copyOf(runSource, runs * 2);
        }
        runText[runs] = sb.length();
        runSource[runs++] = i;
        sb.append(identityText, i, e);
      }
      i = e < to ? skipContinuation(cps, e, to, null, null) : e;
    }
    return runs(sb, runText, runSource, runs, i);
  }

  /** The index of the first of the ascending {@code indexes} at or after {@code from}. */
  private static int firstAtOrAfter(int[] indexes, int from) {
    int k = java.util.Arrays.binarySearch(indexes, from);
    return k >= 0 ? k : -k - 1;
  }

  private static LogicalText runs(
      StringBuilder sb, int[] runText, int[] runSource, int runs, int end) {
    if (runs == 0) { // only continuations: an empty text that ends where they end
      return new LogicalText("", new int[] {0}, new int[] {end}, end);
    }
    return new LogicalText(
        sb.toString(),
        java.util.Arrays.copyOf(runText, runs),
        java.util.Arrays.copyOf(runSource, runs),
        end);
  }

  /**
   * Adds the blank and comment lines that the continuations of {@code cps[from, to)} skip to {@code
   * empty} and {@code comments}, as {@link #of} records them, without joining the text.
   */
  static void skippedLines(int[] cps, int from, int to, List<int[]> empty, List<int[]> comments) {
    int i = from;
    while (i < to) {
      if (cps[i] == EscapeMarker.CONTINUATION) {
        i = skipContinuation(cps, i, to, empty, comments);
      } else {
        i++;
      }
    }
  }

  /**
   * As {@link #skippedLines(int[], int, int, List, List)}, where {@code continuations} holds the
   * indexes of all continuation markers of {@code cps}, ascending: reads only from those.
   */
  static void skippedLines(
      int[] cps, int from, int to, int[] continuations, List<int[]> empty, List<int[]> comments) {
    int k = java.util.Arrays.binarySearch(continuations, from);
    int i = from;
    for (k = k >= 0 ? k : -k - 1; k < continuations.length && continuations[k] < to; k++) {
      if (continuations[k] >= i) { // not inside lines that an earlier continuation skipped
        i = skipContinuation(cps, continuations[k], to, empty, comments);
      }
    }
  }

  /**
   * Index just after the continuation starting at {@code i}: the marker, spaces and tabs, the line
   * break, and any blank or comment lines after it.
   */
  static int skipContinuation(int[] cps, int i, int to, List<int[]> empty, List<int[]> comments) {
    int j = i + 1;
    while (j < to && (cps[j] == ' ' || cps[j] == '\t')) {
      j++;
    }
    j = skipNewline(cps, j, to);
    while (j < to) {
      int k = j;
      while (k < to && EscapeMarker.isBlank(cps[k])) {
        k++;
      }
      if (k < to && cps[k] == '#') {
        int e = k;
        while (e < to && !EscapeMarker.isNewline(cps[e])) {
          e++;
        }
        if (comments != null) {
          comments.add(new int[] {k, e});
        }
        j = skipNewline(cps, e, to);
      } else if (k >= to) {
        if (k > j && empty != null) {
          empty.add(new int[] {j, k});
        }
        j = k;
      } else if (EscapeMarker.isNewline(cps[k])) {
        if (empty != null) {
          empty.add(new int[] {j, k});
        }
        j = skipNewline(cps, k, to);
      } else {
        break;
      }
    }
    return j;
  }

  private static int skipNewline(int[] cps, int j, int to) {
    if (j < to && cps[j] == '\r') {
      j++;
      if (j < to && cps[j] == '\n') {
        j++;
      }
    } else if (j < to && cps[j] == '\n') {
      j++;
    }
    return j;
  }

  /**
   * End of the logical line that continues at {@code from}: the index of the line break that ends
   * it (not part of a continuation), or {@code cps.length}.
   */
  static int lineEnd(int[] cps, int from) {
    int i = from;
    while (i < cps.length) {
      int c = cps[i];
      if (c == EscapeMarker.CONTINUATION) {
        i = skipContinuation(cps, i, cps.length, null, null);
      } else if (EscapeMarker.isNewline(c)) {
        return i;
      } else {
        i++;
      }
    }
    return i;
  }
}
