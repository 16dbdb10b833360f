package dev.berth.engine.suppress;

import dev.berth.core.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line-by-line reading of YAML text, enough to find comments without a YAML parser: a {@code #}
 * starts a comment at the start of a line (after blanks) or after a blank, outside quoted scalars;
 * lines inside block scalars ({@code |}, {@code >}) and continuation lines of multi-line quoted
 * scalars hold no comments.
 */
final class YamlLines {
  private YamlLines() {}

  enum Kind {
    BLANK,
    /** Only a comment. */
    COMMENT,
    /** Content, possibly followed by a comment. */
    CONTENT,
    /** Inside a block scalar or a multi-line quoted scalar. */
    SCALAR,
    /** {@code ---}, {@code ...} or a {@code %} directive. */
    MARKER
  }

  /**
   * One line: number (1-based), kind, indentation, text, and the char index of its comment's {@code
   * #} (or -1).
   */
  record Line(int number, Kind kind, int indent, String text, int commentStart) {
    String comment() {
      return commentStart < 0 ? "" : text.substring(commentStart + 1);
    }

    /** The text without indentation and comment, right-trimmed. */
    String content() {
      String c =
          text.substring(
              Math.min(indent, text.length()), commentStart < 0 ? text.length() : commentStart);
      return c.stripTrailing();
    }
  }

  private static final Pattern BLOCK_INDICATOR =
      Pattern.compile("(?:^|[ \\t])[|>](?:[1-9][+-]?|[+-][1-9]?)?$");

  /** The characters a block scalar indicator can end with. */
  private static final String BLOCK_INDICATOR_END = "|>+-123456789";

  static List<Line> scan(SourceText source) {
    List<Line> out = new ArrayList<>();
    int blockParent = -1;
    char openQuote = 0;
    for (int n = 1; n <= source.lineCount(); n++) {
      String t = source.lineText(n);
      int indent = 0;
      while (indent < t.length() && (t.charAt(indent) == ' ' || t.charAt(indent) == '\t')) {
        indent++;
      }
      boolean blank = indent == t.length();
      if (blockParent >= 0) {
        if (blank || indent > blockParent) {
          out.add(new Line(n, Kind.SCALAR, indent, t, -1));
          continue;
        }
        blockParent = -1;
      }
      int from = indent;
      boolean continued = false;
      if (openQuote != 0) {
        int close = closeQuote(t, 0, openQuote);
        if (close < 0) {
          out.add(new Line(n, Kind.SCALAR, indent, t, -1));
          continue;
        }
        openQuote = 0;
        from = close;
        continued = true;
      }
      if (blank) {
        out.add(new Line(n, Kind.BLANK, indent, t, -1));
        continue;
      }
      if (!continued && t.charAt(indent) == '#') {
        out.add(new Line(n, Kind.COMMENT, indent, t, indent));
        continue;
      }
      // scan for a comment outside quotes
      int comment = -1;
      char quote = 0;
      char prev = continued ? t.charAt(from - 1) : ' ';
      char lastNonBlank = continued ? prev : 0;
      int i = from;
      while (i < t.length()) {
        char c = t.charAt(i);
        if (quote != 0) {
          int close = closeQuote(t, i, quote);
          if (close < 0) {
            i = t.length();
            break;
          }
          quote = 0;
          i = close;
          prev = t.charAt(i - 1);
          lastNonBlank = prev;
          continue;
        }
        if (c == '#' && (prev == ' ' || prev == '\t')) {
          comment = i;
          break;
        }
        if ((c == '"' || c == '\'') && quoteMayStart(prev, lastNonBlank)) {
          quote = c;
          i++;
          continue;
        }
        prev = c;
        if (c != ' ' && c != '\t') {
          lastNonBlank = c;
        }
        i++;
      }
      if (quote != 0) {
        openQuote = quote;
      }
      String trimmed = t.substring(indent, comment < 0 ? t.length() : comment).stripTrailing();
      Kind kind = continued ? Kind.SCALAR : Kind.CONTENT;
      if (!continued
          && indent == 0
          && (trimmed.equals("---")
              || trimmed.startsWith("--- ")
              || trimmed.equals("...")
              || trimmed.startsWith("%"))) {
        kind = Kind.MARKER;
      }
      out.add(new Line(n, kind, indent, t, comment));
      if (openQuote == 0) {
        blockParent = blockScalarParent(trimmed, indent);
      }
    }
    return out;
  }

  /** The index just after the quote that closes a scalar opened before {@code from}, or -1. */
  private static int closeQuote(String t, int from, char quote) {
    int i = from;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (quote == '"' && c == '\\') {
        i += 2;
        continue;
      }
      if (c == quote) {
        if (quote == '\'' && i + 1 < t.length() && t.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return -1;
  }

  private static boolean quoteMayStart(char prev, char lastNonBlank) {
    boolean afterBreak = prev == ' ' || prev == '\t' || prev == '[' || prev == '{' || prev == ',';
    return afterBreak
        && (lastNonBlank == 0
            || lastNonBlank == ':'
            || lastNonBlank == '-'
            || lastNonBlank == '['
            || lastNonBlank == '{'
            || lastNonBlank == ','
            || lastNonBlank == '?');
  }

  /**
   * When the content ends with a block scalar indicator, the indentation its content lines must
   * exceed: the column of the key for {@code key: |}, of the dash for {@code - |}; otherwise -1.
   */
  private static int blockScalarParent(String trimmed, int indent) {
    if (trimmed.isEmpty()
        || BLOCK_INDICATOR_END.indexOf(trimmed.charAt(trimmed.length() - 1)) < 0) {
      return -1; // the indicator ends the line: most lines are out without running the pattern
    }
    Matcher m = BLOCK_INDICATOR.matcher(trimmed);
    if (!m.find()) {
      return -1;
    }
    String before = trimmed.substring(0, m.start()).stripTrailing();
    int lastSpace = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t'));
    String lastToken = before.substring(lastSpace + 1);
    boolean ok =
        before.isEmpty()
            || before.endsWith(":")
            || before.endsWith("-") && before.replaceAll("[- \\t]", "").isEmpty()
            || lastToken.startsWith("!")
            || lastToken.startsWith("&");
    if (!ok) {
      return -1;
    }
    int k = 0;
    int lastDash = -1;
    while (k < trimmed.length()
        && trimmed.charAt(k) == '-'
        && (k + 1 == trimmed.length()
            || trimmed.charAt(k + 1) == ' '
            || trimmed.charAt(k + 1) == '\t')) {
      lastDash = indent + k;
      k++;
      while (k < trimmed.length() && (trimmed.charAt(k) == ' ' || trimmed.charAt(k) == '\t')) {
        k++;
      }
    }
    if (before.replaceAll("[- \\t]", "").isEmpty()) {
      return lastDash >= 0 ? lastDash : Math.max(0, indent - 1);
    }
    return indent + k;
  }
}
