package dev.berth.dockerfile.shell;

import dev.berth.core.GoText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's shell-style word processing for Dockerfile instruction arguments: quote removal,
 * escapes, {@code $VAR} and {@code ${VAR...}} expansion, and splitting into words. It follows
 * BuildKit's {@code shell/lex.go}: the same modifiers, the same errors, the same quirks, so that
 * what berth expands is what the builder expands.
 */
public final class BuildkitWords {
  /** Looks up a variable; returns null when it is not set. */
  @FunctionalInterface
  public interface Env {
    String get(String name);
  }

  public static final Env EMPTY = name -> null;

  /**
   * Processing switches, as on BuildKit's {@code Lex}, and berth's bound on the work: {@code
   * maxExpansion} is the number of characters that variable values and {@code ${VAR/p/r}}
   * replacements may add to the result; past it, processing stops with an {@link
   * ExpansionLimitException}.
   */
  public record Options(
      int escape, boolean rawQuotes, boolean rawEscapes, boolean skipUnsetEnv, long maxExpansion) {
    public static Options defaults(int escape) {
      return new Options(escape, false, false, false, Long.MAX_VALUE);
    }

    public Options withRawQuotes(boolean v) {
      return new Options(escape, v, rawEscapes, skipUnsetEnv, maxExpansion);
    }

    public Options withRawEscapes(boolean v) {
      return new Options(escape, rawQuotes, v, skipUnsetEnv, maxExpansion);
    }

    public Options withSkipUnsetEnv(boolean v) {
      return new Options(escape, rawQuotes, rawEscapes, v, maxExpansion);
    }

    public Options withMaxExpansion(long chars) {
      return new Options(escape, rawQuotes, rawEscapes, skipUnsetEnv, chars);
    }
  }

  /**
   * The most pattern-matching work ({@code ${VAR#pattern}}, {@code ${VAR%pattern}}, {@code
   * ${VAR/pattern/replacement}}) one call may do, in characters examined times pattern length; past
   * it, processing stops with an {@link ExpansionLimitException}.
   */
  public static final long MAX_MATCH_WORK = 20_000_000L;

  /**
   * The processed word, its split words with the index range of the input each came from, and which
   * variables were found or missing.
   */
  public record Result(
      String word,
      List<String> words,
      List<int[]> wordRanges,
      Set<String> matched,
      Set<String> unmatched) {}

  private static final int EOF = -1;

  private final String src;
  private int pos;
  private final Env env;
  private final Options opt;
  private final Set<String> matched = new LinkedHashSet<>();
  private final Set<String> unmatched = new LinkedHashSet<>();

  /** Characters variable values and replacements may still add. */
  private long expansionLeft;

  /** Pattern-matching work still allowed. */
  private long matchWorkLeft = MAX_MATCH_WORK;

  private final Glob.Meter meter = this::chargeMatchWork;

  private BuildkitWords(String src, Env env, Options opt) {
    this.src = src;
    this.env = env;
    this.opt = opt;
    this.expansionLeft = opt.maxExpansion();
  }

  private void chargeExpansion(long chars) throws ExpansionLimitException {
    expansionLeft -= chars;
    if (expansionLeft < 0) {
      throw new ExpansionLimitException(
          "expanding variables would produce more than " + opt.maxExpansion() + " characters", pos);
    }
  }

  private void chargeMatchWork(long units) {
    matchWorkLeft -= units;
    if (matchWorkLeft < 0) {
      throw new MatchWorkExceeded();
    }
  }

  /** Unwinds a pattern match that ran out of work; {@link #process} turns it into the exception. */
  private static final class MatchWorkExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MatchWorkExceeded() {
      super(null, null, false, false);
    }
  }

  public static Result process(String text, Env env, Options options) throws ShellSyntaxException {
    BuildkitWords w = new BuildkitWords(text, env, options);
    Chunk c;
    try {
      c = w.processStopOn(EOF, options.rawEscapes());
    } catch (MatchWorkExceeded e) {
      throw new ExpansionLimitException(
          "matching a ${...} pattern takes more than " + MAX_MATCH_WORK + " steps", w.pos);
    }
    return new Result(c.word, c.words, c.ranges, w.matched, w.unmatched);
  }

  private record Chunk(String word, List<String> words, List<int[]> ranges) {}

  private int peek() {
    return pos < src.length() ? src.codePointAt(pos) : EOF;
  }

  private int next() {
    if (pos >= src.length()) {
      return EOF;
    }
    int c = src.codePointAt(pos);
    pos += Character.charCount(c);
    return c;
  }

  private static final Pattern HEREDOC_OPERATOR = Pattern.compile("^[0-9]*<<[\\s\\u0085\\u00a0]*$");

  /** Accumulates words, keeping whitespace that follows a heredoc operator ({@code << EOF}). */
  private final class Words {
    final StringBuilder buf = new StringBuilder();
    final List<String> words = new ArrayList<>();
    final List<int[]> ranges = new ArrayList<>();
    boolean inWord;
    int start = -1;
    int end;

    void mark() {
      if (start < 0) {
        start = tokenStart;
      }
      end = pos;
    }

    void flush() {
      words.add(buf.toString());
      ranges.add(new int[] {start < 0 ? pos : start, end});
      buf.setLength(0);
      afterHeredocOperator = false;
      inWord = false;
      start = -1;
    }

    /**
     * Whether {@code buf} is a heredoc operator followed by blanks only; remembered once known, so
     * that a long run of blanks after {@code <<} costs linear time, not quadratic.
     */
    boolean afterHeredocOperator;

    void addChar(int ch) {
      if (GoText.isSpace(ch) && inWord) {
        if (buf.length() != 0) {
          if (afterHeredocOperator || HEREDOC_OPERATOR.matcher(buf).matches()) {
            afterHeredocOperator = true;
            buf.appendCodePoint(ch);
            return;
          }
          flush();
        }
      } else if (!GoText.isSpace(ch)) {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      buf.appendCodePoint(ch);
      afterHeredocOperator = false;
      inWord = true;
      mark();
    }

    void addString(String s) {
      s.codePoints().forEach(this::addChar);
    }

    void addRawString(String s) {
      buf.append(s);
      afterHeredocOperator &= s.isEmpty();
      inWord = true;
      mark();
    }

    List<String> getWords() {
      if (buf.length() > 0) {
        flush();
      }
      return words;
    }
  }

  /** Input index where the construct being added to the current word started. */
  private int tokenStart;

  private Chunk processStopOn(int stopChar, boolean rawEscapes) throws ShellSyntaxException {
    StringBuilder result = new StringBuilder();
    Words words = new Words();
    while (peek() != EOF) {
      int ch = peek();
      if (stopChar != EOF && ch == stopChar) {
        next();
        return new Chunk(result.toString(), words.getWords(), words.ranges);
      }
      int constructStart = pos;
      tokenStart = constructStart;
      if (ch == '\'' || ch == '"' || ch == '$') {
        String tmp;
        if (ch == '\'') {
          tmp = processSingleQuote();
        } else if (ch == '"') {
          tmp = processDoubleQuote();
        } else {
          tmp = processDollar();
        }
        result.append(tmp);
        tokenStart = constructStart;
        if (ch == '$') {
          words.addString(tmp);
        } else {
          words.addRawString(tmp);
        }
      } else {
        ch = next();
        if (ch == opt.escape()) {
          if (rawEscapes) {
            words.addRawChar(ch);
            result.appendCodePoint(ch);
          }
          ch = next();
          if (ch == EOF) {
            break;
          }
          words.addRawChar(ch);
        } else {
          words.addChar(ch);
        }
        result.appendCodePoint(ch);
      }
    }
    if (stopChar != EOF) {
      throw new ShellSyntaxException(
          "unexpected end of statement while looking for matching " + Character.toString(stopChar),
          pos);
    }
    return new Chunk(result.toString(), words.getWords(), words.ranges);
  }

  private String processSingleQuote() throws ShellSyntaxException {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (opt.rawQuotes()) {
      result.appendCodePoint(ch);
    }
    while (true) {
      ch = next();
      if (ch == EOF) {
        throw new ShellSyntaxException(
            "unexpected end of statement while looking for matching single-quote", pos);
      }
      if (ch == '\'') {
        if (opt.rawQuotes()) {
          result.appendCodePoint(ch);
        }
        return result.toString();
      }
      result.appendCodePoint(ch);
    }
  }

  private String processDoubleQuote() throws ShellSyntaxException {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (opt.rawQuotes()) {
      result.appendCodePoint(ch);
    }
    while (true) {
      int p = peek();
      if (p == EOF) {
        throw new ShellSyntaxException(
            "unexpected end of statement while looking for matching double-quote", pos);
      }
      if (p == '"') {
        ch = next();
        if (opt.rawQuotes()) {
          result.appendCodePoint(ch);
        }
        return result.toString();
      }
      if (p == '$') {
        result.append(processDollar());
        continue;
      }
      ch = next();
      if (ch == opt.escape()) {
        if (opt.rawEscapes()) {
          result.appendCodePoint(ch);
        }
        int n = peek();
        if (n == EOF) {
          continue;
        }
        if (n == '"' || n == '$' || n == opt.escape()) {
          ch = next();
        }
      }
      result.appendCodePoint(ch);
    }
  }

  private String getEnv(String name, boolean[] set) throws ExpansionLimitException {
    String v = env.get(name);
    if (v != null) {
      chargeExpansion(v.length());
      matched.add(name);
      set[0] = true;
      return v;
    }
    unmatched.add(name);
    set[0] = false;
    return "";
  }

  /**
   * Deeper nesting of {@code ${...}} in modifier words is an error. BuildKit (Go, growable stacks)
   * has no limit, but berth's recursion must not overflow the stack on a hostile file; no real
   * Dockerfile comes near this.
   */
  static final int MAX_NESTING = 256;

  private int nesting;

  private String processDollar() throws ShellSyntaxException {
    if (nesting >= MAX_NESTING) {
      throw new ShellSyntaxException(
          "syntax error: ${...} nested more than " + MAX_NESTING + " levels deep", pos);
    }
    nesting++;
    try {
      return processDollarNested();
    } finally {
      nesting--;
    }
  }

  private String processDollarNested() throws ShellSyntaxException {
    int dollarAt = pos;
    next();
    boolean[] set = new boolean[1];
    if (peek() != '{') {
      String name = processName();
      if (name.isEmpty()) {
        return "$";
      }
      String value = getEnv(name, set);
      if (!set[0] && opt.skipUnsetEnv()) {
        return "$" + name;
      }
      return value;
    }
    next();
    int p = peek();
    if (p == EOF) {
      throw new ShellSyntaxException("syntax error: missing '}'", dollarAt);
    }
    if (p == '{' || p == '}' || p == ':') {
      throw new ShellSyntaxException("syntax error: bad substitution", dollarAt);
    }
    String name = processName();
    int ch = next();
    String chs = ch == EOF ? "" : Character.toString(ch);
    boolean nullIsUnset = false;
    if (ch == '}') {
      String value = getEnv(name, set);
      if (!set[0] && opt.skipUnsetEnv()) {
        return "${" + name + "}";
      }
      return value;
    }
    boolean modifier = ch == '+' || ch == '-' || ch == '?' || ch == '#' || ch == '%';
    if (ch == ':') {
      nullIsUnset = true;
      ch = next();
      chs += ch == EOF ? "" : Character.toString(ch);
      modifier = true;
    }
    if (modifier) {
      boolean raw = ch == '#' || ch == '%';
      if (nullIsUnset && raw) {
        throw new ShellSyntaxException(
            "unsupported modifier (" + chs + ") in substitution", dollarAt);
      }
      String word;
      try {
        word = processStopOn('}', raw).word();
      } catch (ShellSyntaxException e) {
        if (peek() == EOF) {
          throw new ShellSyntaxException("syntax error: missing '}'", dollarAt);
        }
        throw e;
      }
      String value = getEnv(name, set);
      if (opt.skipUnsetEnv() && !set[0]) {
        return "${" + name + chs + word + "}";
      }
      switch (ch) {
        case '-':
          return !set[0] || (nullIsUnset && value.isEmpty()) ? word : value;
        case '+':
          return !set[0] || (nullIsUnset && value.isEmpty()) ? "" : word;
        case '?':
          if (!set[0]) {
            throw new ShellSyntaxException(
                name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word), dollarAt);
          }
          if (nullIsUnset && value.isEmpty()) {
            throw new ShellSyntaxException(
                name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word), dollarAt);
          }
          return value;
        case '#':
        case '%':
          boolean greedy = false;
          if (!word.isEmpty() && word.charAt(0) == ch) {
            greedy = true;
            word = word.substring(1);
          }
          return ch == '%' ? trimSuffix(word, value, greedy) : trimPrefix(word, value, greedy);
        default:
          throw new ShellSyntaxException(
              "unsupported modifier (" + chs + ") in substitution", dollarAt);
      }
    }
    if (ch == '/') {
      boolean replaceAll = peek() == '/';
      if (replaceAll) {
        next();
      }
      String pattern;
      try {
        pattern = processStopOn('/', true).word();
      } catch (ShellSyntaxException e) {
        if (peek() == EOF) {
          throw new ShellSyntaxException("syntax error: missing '/' in ${}", dollarAt);
        }
        throw e;
      }
      String replacement;
      try {
        replacement = processStopOn('}', true).word();
      } catch (ShellSyntaxException e) {
        if (peek() == EOF) {
          throw new ShellSyntaxException("syntax error: missing '}'", dollarAt);
        }
        throw e;
      }
      String value = getEnv(name, set);
      if (opt.skipUnsetEnv() && !set[0]) {
        return "${" + name + "/" + pattern + "/" + replacement + "}";
      }
      return replace(value, pattern, replacement, replaceAll);
    }
    if (ch == EOF) {
      throw new ShellSyntaxException("syntax error: missing '}'", dollarAt);
    }
    throw new ShellSyntaxException("unsupported modifier (" + chs + ") in substitution", dollarAt);
  }

  private static final int MAX_PATTERN_TEXT = 1 << 16;

  private String trimPrefix(String pattern, String value, boolean greedy) {
    if (value.length() > MAX_PATTERN_TEXT) {
      return value;
    }
    int end = Glob.compile(pattern).matchEnd(value, 0, value.length(), greedy, meter);
    return end < 0 ? value : value.substring(end);
  }

  private String trimSuffix(String pattern, String value, boolean greedy) {
    if (value.length() > MAX_PATTERN_TEXT) {
      return value;
    }
    int start = Glob.compile(pattern).matchStart(value, 0, value.length(), greedy, meter);
    return start < 0 ? value : value.substring(0, start);
  }

  /**
   * Replaces the leftmost-longest match of the pattern (every one, with {@code all}). Each start is
   * tried with one pass that stops when no match can be extended; the work is metered.
   */
  private String replace(String value, String pattern, String replacement, boolean all)
      throws ExpansionLimitException {
    if (value.length() > MAX_PATTERN_TEXT) {
      return value;
    }
    Glob g = Glob.compile(pattern);
    StringBuilder out = new StringBuilder();
    int i = 0;
    boolean done = false;
    while (i <= value.length()) {
      int end = done ? -1 : g.matchEnd(value, i, value.length(), true, meter);
      if (end >= 0 && !(end == i && pattern.isEmpty())) {
        chargeExpansion(replacement.length());
        out.append(replacement);
        if (!all) {
          done = true;
        }
        if (end == i) {
          if (i < value.length()) {
            out.append(value.charAt(i));
          }
          i++;
        } else {
          i = end;
        }
      } else {
        if (i < value.length()) {
          out.append(value.charAt(i));
        }
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isSpecialParam(int c) {
    return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' || c == '$' || c == '!'
        || c == '0';
  }

  private String processName() {
    StringBuilder name = new StringBuilder();
    while (peek() != EOF) {
      int ch = peek();
      if (name.length() == 0 && Character.isDigit(ch)) {
        while (peek() != EOF && Character.isDigit(peek())) {
          name.appendCodePoint(next());
        }
        return name.toString();
      }
      if (name.length() == 0 && isSpecialParam(ch)) {
        return Character.toString(next());
      }
      if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(next());
    }
    return name.toString();
  }

  /** Convenience: the names of {@code $VAR}/{@code ${VAR}} references in a text. */
  public static Set<String> references(String text, int escape) {
    Set<String> names = new LinkedHashSet<>();
    try {
      process(text, n -> null, Options.defaults(escape).withSkipUnsetEnv(true))
          .unmatched()
          .forEach(names::add);
    } catch (ShellSyntaxException e) {
      Matcher m = SIMPLE_REF.matcher(text);
      while (m.find()) {
        names.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    return names;
  }

  private static final Pattern SIMPLE_REF =
      Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))");
}
