package dev.berth.engine.suppress;

import dev.berth.core.KeyValueComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammars of suppression comments, applied to the text after the {@code #}. Offsets are char
 * indexes into that text. Nothing here throws on any input.
 */
final class PragmaSyntax {
  private PragmaSyntax() {}

  enum Kind {
    IGNORE,
    GLOBAL_IGNORE,
    STAGE_IGNORE,
    IGNORE_FILE,
    SHELL,
    DISABLE_FILE,
    DISABLE,
    DISABLE_LINE,
    DISABLE_NEXT_LINE
  }

  record Token(String text, int start, int end) {}

  record Issue(int start, int end, String message) {}

  /**
   * A recognised pragma. {@code valid} is false when it is malformed enough that it suppresses
   * nothing (hadolint's all-or-nothing grammar); {@code issues} say what is wrong in either case.
   */
  record Pragma(
      Kind kind,
      boolean valid,
      List<Token> ids,
      Optional<Token> reason,
      Optional<Token> shell,
      List<Issue> issues) {}

  /**
   * A {@code check=VALUE} comment: the value as BuildKit reads it (cut at the first space) and
   * where it starts.
   */
  record Check(String value, int valueStart) {}

  private static final Pattern HADOLINT_HEAD =
      Pattern.compile(
          "^[ \\t]*hadolint[ \\t]+(ignore|global[ \\t]+ignore|stage[ \\t]+ignore)[ \\t]*=[ \\t]*");
  private static final Pattern HADOLINT_SHELL =
      Pattern.compile(
          "^[ \\t]*hadolint[ \\t]+shell[ \\t]*=[ \\t]*([^ \\t#]+)[ \\t]*(?:#.*)?$", Pattern.DOTALL);
  private static final Pattern HADOLINT_CODE = Pattern.compile("[DLSC0-9]+");
  private static final Pattern BERTH_HEAD =
      Pattern.compile(
          "^[ \\t]*berth[ \\t]+(ignore-file|ignore|global[ \\t]+ignore|stage[ \\t]+ignore)[ "
              + "\\t]*=[ \\t]*");
  private static final Pattern BERTH_LOOSE =
      Pattern.compile(
          "^[ \\t]*berth[ \\t]+(ignore-file|ignore|global|stage|disable)(?![A-Za-z0-9_-])");
  private static final Pattern DCLINT_HEAD =
      Pattern.compile(
          "^[ \\t]*dclint[ \\t]+"
              + "(disable-file|disable-next-line|disable-line|disable)(?=[ \\t,]|$)");

  private static Kind kindOf(String keyword) {
    String k = keyword.replaceAll("[ \\t]+", " ");
    switch (k) {
      case "global ignore":
        return Kind.GLOBAL_IGNORE;
      case "stage ignore":
        return Kind.STAGE_IGNORE;
      case "ignore-file":
        return Kind.IGNORE_FILE;
      default:
        return Kind.IGNORE;
    }
  }

  /**
   * {@code hadolint ignore=}, {@code global ignore=}, {@code stage ignore=} with hadolint's strict
   * grammar (codes are runs of {@code DLSC0-9}, separated by commas; anything after them must start
   * with {@code #}), and {@code hadolint shell=NAME}.
   */
  static Optional<Pragma> hadolint(String text) {
    // every comment of a Dockerfile comes here: most are not pragmas, and a matcher is not free
    return startsWithWord(text, "hadolint") ? readHadolint(text) : Optional.empty();
  }

  /** {@link #hadolint} without the look at the first word. */
  static Optional<Pragma> readHadolint(String text) {
    Matcher shell = HADOLINT_SHELL.matcher(text);
    if (shell.matches()) {
      Token name = new Token(shell.group(1), shell.start(1), shell.end(1));
      return Optional.of(
          new Pragma(Kind.SHELL, true, List.of(), Optional.empty(), Optional.of(name), List.of()));
    }
    Matcher head = HADOLINT_HEAD.matcher(text);
    if (!head.find()) {
      return Optional.empty();
    }
    Kind kind = kindOf(head.group(1));
    List<Token> ids = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    Optional<Token> reason = Optional.empty();
    int pos = head.end();
    boolean valid = true;
    String after = "'='";
    while (true) {
      int end = wordEnd(text, pos, " \t,#");
      if (end == pos) {
        issues.add(
            new Issue(
                pos,
                pos,
                "Expected a rule code after "
                    + after
                    + "; hadolint drops the whole pragma, and so does berth"));
        valid = false;
        break;
      }
      String word = text.substring(pos, end);
      if (!HADOLINT_CODE.matcher(word).matches()) {
        issues.add(new Issue(pos, end, notACode(word)));
        valid = false;
        break;
      }
      ids.add(new Token(word, pos, end));
      pos = skipBlanks(text, end);
      if (pos >= text.length()) {
        break;
      }
      char c = text.charAt(pos);
      if (c == ',') {
        pos = skipBlanks(text, pos + 1);
        after = "','";
        continue;
      }
      if (c == '#') {
        reason = reasonToken(text, pos + 1);
        break;
      }
      int wend = wordEnd(text, pos, " \t,#");
      issues.add(
          new Issue(
              pos,
              wend,
              "'"
                  + text.substring(pos, wend)
                  + "' is not a rule code: hadolint drops the whole pragma when text"
                  + " follows the codes without a '#', and so does berth; write '# hadolint "
                  + "ignore=... # reason',"
                  + " or use '# berth ignore=', which takes a reason after the ids"));
      valid = false;
      break;
    }
    return Optional.of(
        new Pragma(kind, valid, List.copyOf(ids), reason, Optional.empty(), List.copyOf(issues)));
  }

  private static String notACode(String word) {
    if (HADOLINT_CODE.matcher(word.toUpperCase(Locale.ROOT)).matches()) {
      return "'"
          + word
          + "' is not a rule code: codes are upper-case ('"
          + word.toUpperCase(Locale.ROOT)
          + "'); hadolint drops the whole pragma, and so does berth";
    }
    return "'"
        + word
        + "' is not a hadolint rule code (a run of D, L, S, C and digits), so hadolint drops the"
        + " whole pragma, and so does berth; to name rules by berth id or name, use '# berth "
        + "ignore='";
  }

  /**
   * {@code berth ignore=}, {@code global ignore=}, {@code stage ignore=}, {@code ignore-file=}: ids
   * (any rule id, name or alias) separated by commas, then an optional free-text reason. A comment
   * that starts like one but does not parse is returned invalid with an issue.
   */
  static Optional<Pragma> berth(String text) {
    return startsWithWord(text, "berth") ? readBerth(text) : Optional.empty();
  }

  /** {@link #berth} without the look at the first word. */
  static Optional<Pragma> readBerth(String text) {
    Matcher head = BERTH_HEAD.matcher(text);
    if (!head.find()) {
      Matcher loose = BERTH_LOOSE.matcher(text);
      if (loose.find()) {
        return Optional.of(
            new Pragma(
                Kind.IGNORE,
                false,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(
                    new Issue(
                        loose.start(1),
                        loose.end(1),
                        "Malformed berth pragma: expected '# berth ignore=ID[,ID...] [reason]' "
                            + "(or 'global ignore=',"
                            + " 'stage ignore=', 'ignore-file='); it suppresses nothing"))));
      }
      return Optional.empty();
    }
    Kind kind = kindOf(head.group(1));
    List<Token> ids = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    Optional<Token> reason = Optional.empty();
    int pos = head.end();
    String after = "'='";
    while (true) {
      int end = wordEnd(text, pos, " \t,#");
      if (end == pos) {
        if (pos < text.length() && text.charAt(pos) == '#' && !ids.isEmpty()) {
          reason = reasonToken(text, pos + 1);
        } else {
          issues.add(new Issue(pos, pos, "Expected a rule id after " + after));
        }
        break;
      }
      ids.add(new Token(text.substring(pos, end), pos, end));
      int next = skipBlanks(text, end);
      if (next >= text.length()) {
        break;
      }
      if (text.charAt(next) == ',') {
        pos = skipBlanks(text, next + 1);
        after = "','";
        continue;
      }
      reason = reasonToken(text, next);
      break;
    }
    return Optional.of(
        new Pragma(
            kind, !ids.isEmpty(), List.copyOf(ids), reason, Optional.empty(), List.copyOf(issues)));
  }

  /**
   * dclint's {@code dclint disable-file}, {@code disable [rules]}, {@code disable-line [rules]},
   * {@code disable-next-line [rules]}; rules separated by spaces or commas; {@code --} starts a
   * reason.
   */
  static Optional<Pragma> dclint(String text) {
    return startsWithWord(text, "dclint") ? readDclint(text) : Optional.empty();
  }

  /** {@link #dclint} without the look at the first word. */
  static Optional<Pragma> readDclint(String text) {
    Matcher head = DCLINT_HEAD.matcher(text);
    if (!head.find()) {
      return Optional.empty();
    }
    Kind kind;
    switch (head.group(1)) {
      case "disable-file":
        kind = Kind.DISABLE_FILE;
        break;
      case "disable-next-line":
        kind = Kind.DISABLE_NEXT_LINE;
        break;
      case "disable-line":
        kind = Kind.DISABLE_LINE;
        break;
      default:
        kind = Kind.DISABLE;
        break;
    }
    List<Token> ids = new ArrayList<>();
    Optional<Token> reason = Optional.empty();
    int pos = head.end();
    while (true) {
      while (pos < text.length()
          && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == ',')) {
        pos++;
      }
      if (pos >= text.length()) {
        break;
      }
      int end = wordEnd(text, pos, " \t,");
      String word = text.substring(pos, end);
      if (word.startsWith("--")) {
        reason = reasonToken(text, pos);
        break;
      }
      ids.add(new Token(word, pos, end));
      pos = end;
    }
    if (kind == Kind.DISABLE_FILE) {
      ids.clear();
    }
    return Optional.of(
        new Pragma(kind, true, List.copyOf(ids), reason, Optional.empty(), List.of()));
  }

  /** {@code dockerfile-utils: ignore}, exactly (surrounding blanks aside). */
  static boolean dockerfileUtilsIgnore(String text) {
    return text.contains("dockerfile-utils: ignore")
        && text.strip().equals("dockerfile-utils: ignore");
  }

  /**
   * Whether the text starts with {@code word} after spaces and tabs, as every pragma's pattern
   * requires.
   */
  static boolean startsWithWord(String text, String word) {
    return text.startsWith(word, skipBlanks(text, 0));
  }

  /** A {@code check=VALUE} comment (key in any case), with the value cut at its first space. */
  static Optional<Check> check(String text) {
    Optional<KeyValueComment> m = KeyValueComment.read(text, 0);
    if (m.isEmpty()
        || !text.substring(m.get().keyStart(), m.get().keyEnd()).equalsIgnoreCase("check")) {
      return Optional.empty();
    }
    KeyValueComment kv = m.get();
    return Optional.of(
        new Check(
            CheckOptions.cutAtSpace(text.substring(kv.valueStart(), kv.valueEnd())),
            kv.valueStart()));
  }

  private static int wordEnd(String text, int pos, String stops) {
    int e = pos;
    while (e < text.length() && stops.indexOf(text.charAt(e)) < 0) {
      e++;
    }
    return e;
  }

  private static int skipBlanks(String text, int pos) {
    int p = pos;
    while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  /**
   * The reason starting at {@code from}: leading blanks and one marker ({@code --}, {@code //},
   * {@code #}, {@code :}) dropped.
   */
  private static Optional<Token> reasonToken(String text, int from) {
    int s = skipBlanks(text, from);
    for (String marker : new String[] {"--", "//", "#", ":", "\u2014", "-"}) {
      if (text.startsWith(marker, s)) {
        s = skipBlanks(text, s + marker.length());
        break;
      }
    }
    int e = text.length();
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return s < e ? Optional.of(new Token(text.substring(s, e), s, e)) : Optional.empty();
  }
}
