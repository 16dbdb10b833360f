package dev.berth.dockerfile.parser;

import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds heredoc operators the way BuildKit does: the instruction line is split into shell words
 * (quotes and backslash escapes kept raw, variables left alone, lexer errors meaning "no
 * heredocs"), and each word of the form {@code [n]<<[-]WORD} names a heredoc.
 */
final class Heredocs {
  private Heredocs() {}

  /** A heredoc operator found on a line; {@code start}/{@code end} index the line. */
  record Operator(
      String name, boolean expand, boolean chomp, int fileDescriptor, int start, int end) {}

  /**
   * Go's {@code ^(\d*)<<(-?)\s*([^<]*)$}, where {@code \s} is {@code [\t\n\f\r ]}. The runs are
   * possessive: the blanks are also in {@code [^<]}, so a backtracking engine would otherwise try
   * every split of a long run of blanks followed by a {@code <} (quadratic); what matches and the
   * groups are the same.
   */
  private static final Pattern OPERATOR =
      Pattern.compile("([0-9]*+)<<(-?)[\\t\\n\\f\\r ]*+([^<]*+)", Pattern.DOTALL);

  /** The heredoc operators of an instruction's logical line, in order. */
  static List<Operator> fromLine(String line) throws ShellSyntaxException {
    BuildkitWords.Result words;
    try {
      words =
          BuildkitWords.process(
              line,
              BuildkitWords.EMPTY,
              BuildkitWords.Options.defaults('\\')
                  .withRawQuotes(true)
                  .withRawEscapes(true)
                  .withSkipUnsetEnv(true));
    } catch (ShellSyntaxException e) {
      return List.of();
    }
    List<Operator> out = new ArrayList<>();
    for (int i = 0; i < words.words().size(); i++) {
      Operator op = parseWord(words.words().get(i));
      if (op != null) {
        int[] r = words.wordRanges().get(i);
        out.add(new Operator(op.name(), op.expand(), op.chomp(), op.fileDescriptor(), r[0], r[1]));
      }
    }
    return out;
  }

  /** The heredoc a single word names, or null when it names none. */
  static Operator parseWord(String word) throws ShellSyntaxException {
    Matcher m = OPERATOR.matcher(word);
    if (!m.matches()) {
      return null;
    }
    int fd = 0;
    if (!m.group(1).isEmpty()) {
      try {
        fd = Integer.parseInt(m.group(1));
      } catch (NumberFormatException e) {
        fd = 0;
      }
    }
    boolean chomp = m.group(2).equals("-");
    String rest = m.group(3);
    if (rest.isEmpty()) {
      return null;
    }
    BuildkitWords.Options options = BuildkitWords.Options.defaults('\\').withSkipUnsetEnv(true);
    List<String> plain = BuildkitWords.process(rest, BuildkitWords.EMPTY, options).words();
    if (plain.size() != 1) {
      return null;
    }
    List<String> raw =
        BuildkitWords.process(rest, BuildkitWords.EMPTY, options.withRawQuotes(true)).words();
    if (raw.size() != plain.size()) {
      throw new ShellSyntaxException(
          "internal lexing of heredoc produced inconsistent results: " + rest, 0);
    }
    String name = plain.get(0);
    boolean expand = quotes(name) == quotes(raw.get(0));
    return new Operator(name, expand, chomp, fd, 0, word.length());
  }

  private static int quotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        n++;
      }
    }
    return n;
  }
}
