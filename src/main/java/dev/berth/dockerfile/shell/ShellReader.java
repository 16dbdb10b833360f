package dev.berth.dockerfile.shell;

import dev.berth.core.Span;
import dev.berth.dockerfile.model.TextMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads POSIX shell text into {@link ShellCommand}s. It never fails: what it cannot follow (an
 * unterminated quote, nesting deeper than {@link #MAX_DEPTH}) ends the reading there and makes the
 * script {@linkplain Script#complete() incomplete}.
 *
 * <p>Variables are expanded with {@code env} (the ARG and ENV values in scope); a variable the
 * script assigns itself ({@code X=1}, {@code export X=1}, {@code for X in}, {@code read X}) is not
 * known, whatever {@code env} says.
 */
public final class ShellReader {
  /** Control operators in the order they are tried: a longer one before its prefixes. */
  private static final String[] CONTROL_OPERATORS = {
    ";;&", ";;", ";&", "&&", "||", "|&", ";", "|", "&"
  };

  /** Redirection operators in the order they are tried: a longer one before its prefixes. */
  private static final String[] REDIRECT_OPERATORS = {
    "&>>", "&>", "<<<", "<<-", "<<", "<>", ">>", ">&", "<&", ">|", "<", ">"
  };

  /** The operators of a parameter expansion with a word, {@code ${name:-word}} and the rest. */
  private static final String[] EXPANSION_OPERATORS = {":-", ":=", ":?", ":+", "-", "=", "?", "+"};

  /** How deep subshells, substitutions and {@code sh -c} scripts are followed. */
  static final int MAX_DEPTH = 40;

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

  private static final Set<String> SKIPPED_KEYWORDS =
      Set.of("if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}");

  private static final Set<String> PIP_MODULES = Set.of("pip", "pip3", "pipx", "pipenv", "uv");

  /** Wrappers and the options of theirs that take a value. */
  private static final Map<String, Set<String>> WRAPPERS =
      Map.ofEntries(
          Map.entry(
              "sudo",
              Set.of(
                  "-u",
                  "-g",
                  "-h",
                  "-p",
                  "-C",
                  "-D",
                  "-r",
                  "-t",
                  "-U",
                  "-T",
                  "--user",
                  "--group",
                  "--host",
                  "--prompt",
                  "--close-from",
                  "--chdir",
                  "--role",
                  "--type",
                  "--other-user",
                  "--command-timeout")),
          Map.entry("doas", Set.of("-u", "-C")),
          Map.entry("env", Set.of("-u", "--unset", "-C", "--chdir")),
          Map.entry(
              "xargs",
              Set.of(
                  "-I",
                  "-n",
                  "-L",
                  "-P",
                  "-d",
                  "-E",
                  "-s",
                  "-a",
                  "--max-args",
                  "--max-lines",
                  "--max-procs",
                  "--delimiter",
                  "--arg-file",
                  "--eof",
                  "--max-chars",
                  "--process-slot-var")),
          Map.entry("time", Set.of("-f", "--format", "-o", "--output")),
          Map.entry("nice", Set.of("-n", "--adjustment")),
          Map.entry("ionice", Set.of("-c", "-n", "-p", "--class", "--classdata")),
          Map.entry("exec", Set.of("-a")),
          Map.entry("command", Set.of()),
          Map.entry("builtin", Set.of()),
          Map.entry("nohup", Set.of()),
          Map.entry("busybox", Set.of()),
          Map.entry("stdbuf", Set.of("-i", "-o", "-e", "--input", "--output", "--error")),
          Map.entry("timeout", Set.of("-s", "--signal", "-k", "--kill-after")),
          Map.entry("gosu", Set.of()),
          Map.entry("su-exec", Set.of()),
          Map.entry("chronic", Set.of()));

  /** Wrappers that take one argument before the command (a duration, a user). */
  private static final Set<String> WRAPPERS_WITH_OPERAND = Set.of("timeout", "gosu", "su-exec");

  private final TextMap src;
  private final String t;
  private final int n;
  private final BuildkitWords.Env env;
  private final State state;
  private int pos;

  /** What one reading shares across its nested readers. */
  private static final class State {
    final List<ShellCommand> commands = new ArrayList<>();
    final Set<String> assigned;
    final Set<String> looked = new HashSet<>();
    final Set<String> declared = new HashSet<>();
    final Deque<TextMap> external;
    boolean complete = true;

    State(Set<String> assigned, List<TextMap> external) {
      this.assigned = assigned;
      this.external = new ArrayDeque<>(external);
    }
  }

  /** A here-document the reader met: its delimiter, tab stripping, and the command it feeds. */
  private static final class Pending {
    final String delimiter;
    final boolean chomp;
    final boolean stdin;
    Built owner;

    Pending(String delimiter, boolean chomp, boolean stdin) {
      this.delimiter = delimiter;
      this.chomp = chomp;
      this.stdin = stdin;
    }
  }

  /** A command and whether it reads a script from its standard input. */
  private record Built(ShellCommand command, boolean readsScript, boolean nested, int depth) {}

  private final List<Pending> pending = new ArrayList<>();

  private ShellReader(TextMap src, BuildkitWords.Env env, State state) {
    this.src = src;
    this.t = src.text();
    this.n = t.length();
    this.env = env;
    this.state = state;
  }

  /**
   * Reads {@code text}; {@code heredocs} are the bodies of the here-documents its lines open that
   * are not in the text itself (BuildKit cuts a RUN's heredoc bodies out of its command line), in
   * order.
   */
  public static Script read(TextMap text, BuildkitWords.Env env, List<TextMap> heredocs) {
    State first = new State(Set.of(), heredocs);
    new ShellReader(text, env, first).top();
    if (!first.looked.isEmpty()) {
      Set<String> shadowed = new HashSet<>(first.looked);
      Set<String> assigned = assignedNames(first.commands);
      assigned.addAll(first.declared);
      shadowed.retainAll(assigned);
      if (!shadowed.isEmpty()) {
        State again = new State(shadowed, heredocs);
        new ShellReader(text, env, again).top();
        return script(again);
      }
    }
    return script(first);
  }

  /** Reads {@code text} with no heredoc bodies besides its own. */
  public static Script read(TextMap text, BuildkitWords.Env env) {
    return read(text, env, List.of());
  }

  /** The command of an exec-form instruction, whose elements are words as they are. */
  public static Script execForm(List<ShellWord> words, BuildkitWords.Env env) {
    if (words.isEmpty()) {
      return Script.EMPTY;
    }
    State state = new State(Set.of(), List.of());
    ShellReader r = new ShellReader(new TextMap("", new int[] {0}), env, state);
    r.build(
        new ArrayList<>(),
        new ArrayList<>(words),
        new ArrayList<>(),
        words.get(0).span(),
        false,
        "",
        0);
    return script(state);
  }

  private static Script script(State s) {
    List<ShellCommand> sorted = new ArrayList<>(s.commands);
    sorted.sort(Comparator.comparingInt(c -> c.span().start()));
    return new Script(List.copyOf(sorted), s.complete);
  }

  private static Set<String> assignedNames(List<ShellCommand> commands) {
    Set<String> out = new HashSet<>();
    for (ShellCommand c : commands) {
      if (c.words().isEmpty()) {
        for (ShellWord a : c.assignments()) {
          out.add(a.value().substring(0, a.value().indexOf('=')));
        }
        continue;
      }
      boolean declares = c.is("export", "local", "readonly", "declare", "typeset");
      boolean reads = c.is("read", "mapfile", "readarray", "getopts");
      if (!declares && !reads) {
        continue;
      }
      for (int i = 1; i < c.words().size(); i++) {
        String v = c.words().get(i).value();
        if (v.startsWith("-")) {
          continue;
        }
        int eq = v.indexOf('=');
        if (eq > 0) {
          out.add(v.substring(0, eq));
        } else if (reads) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private void top() {
    list(false, false, 0);
    feedExternalBodies(0);
  }

  // ---------------------------------------------------------------- lists

  /** Reads commands until the end, or (when {@code untilParen}) the {@code )} that closes them. */
  private void list(boolean untilParen, boolean nested, int depth) {
    int subshells = 0;
    Deque<boolean[]> cases = new ArrayDeque<>();
    while (true) {
      skipBlanks();
      if (pos >= n) {
        if (untilParen) {
          state.complete = false;
        }
        return;
      }
      char c = t.charAt(pos);
      if (c == '#') {
        skipComment();
        continue;
      }
      if (c == '\n') {
        pos++;
        readBodies(depth);
        continue;
      }
      if (!cases.isEmpty() && cases.peek()[0]) {
        pattern(cases);
        continue;
      }
      if (c == ')') {
        pos++;
        if (subshells > 0) {
          subshells--;
        } else if (untilParen) {
          return;
        }
        continue;
      }
      if (c == '(') {
        pos++;
        subshells++;
        continue;
      }
      String op = operator();
      if (!op.isEmpty()) {
        pos += op.length();
        if (op.startsWith(";;") || op.equals(";&")) {
          if (!cases.isEmpty()) {
            cases.peek()[0] = true;
          }
        }
        continue;
      }
      int before = pos;
      command(nested || subshells > 0, depth, cases);
      if (pos == before) {
        pos++;
      }
    }
  }

  /** Skips a {@code case} pattern up to its {@code )}, or an {@code esac}. */
  private void pattern(Deque<boolean[]> cases) {
    int save = pos;
    Word w = word(0);
    if (w != null && w.raw.equals("esac")) {
      cases.pop();
      return;
    }
    pos = save;
    while (pos < n) {
      skipBlanks();
      if (pos >= n) {
        break;
      }
      char c = t.charAt(pos);
      if (c == ')') {
        pos++;
        break;
      }
      if (c == '|' || c == '(' || c == '\n') {
        pos++;
        continue;
      }
      int before = pos;
      word(0);
      if (pos == before) {
        pos++;
      }
    }
    cases.peek()[0] = false;
  }

  /** A list operator at {@link #pos}, or "". */
  private String operator() {
    if (pos >= n || (t.charAt(pos) != ';' && t.charAt(pos) != '&' && t.charAt(pos) != '|')) {
      return "";
    }
    for (String op : CONTROL_OPERATORS) {
      if (t.startsWith(op, pos)) {
        if (op.equals("&") && t.startsWith("&>", pos)) {
          return "";
        }
        return op;
      }
    }
    return "";
  }

  // ------------------------------------------------------------- commands

  private void command(boolean nested, int depth, Deque<boolean[]> cases) {
    List<ShellWord> assigns = new ArrayList<>();
    List<ShellWord> words = new ArrayList<>();
    List<ShellWord> redirs = new ArrayList<>();
    List<Pending> mine = new ArrayList<>();
    int start = -1;
    int end = pos;
    while (true) {
      skipBlanks();
      if (pos >= n) {
        break;
      }
      char c = t.charAt(pos);
      if (c == '\n' || c == ';' || c == '&' && !t.startsWith("&>", pos) || c == '|' || c == ')') {
        break;
      }
      if (c == '#') {
        skipComment();
        break;
      }
      if (c == '(') {
        if (words.size() == 1 && assigns.isEmpty() && nextNonBlankIs(pos + 1, ')')) {
          pos = t.indexOf(')', pos) + 1;
          return;
        }
        break;
      }
      if (start < 0) {
        start = pos;
      }
      if (redirection(redirs, mine, depth)) {
        end = pos;
        continue;
      }
      Word w = word(depth);
      if (w == null) {
        break;
      }
      end = pos;
      ShellWord sw = w.toShellWord();
      if (words.isEmpty() && isAssignment(w)) {
        assigns.add(sw);
        continue;
      }
      if (words.isEmpty() && assigns.isEmpty() && w.plain) {
        String k = w.raw;
        if (SKIPPED_KEYWORDS.contains(k)) {
          start = -1;
          continue;
        }
        if (k.equals("esac")) {
          if (!cases.isEmpty()) {
            cases.pop();
          }
          start = -1;
          continue;
        }
        if (k.equals("for") || k.equals("select")) {
          forHeader();
          return;
        }
        if (k.equals("case")) {
          skipBlanks();
          word(depth);
          skipBlanks();
          word(depth);
          cases.push(new boolean[] {true});
          return;
        }
        if (k.equals("function")) {
          skipBlanks();
          word(depth);
          skipBlanks();
          if (t.startsWith("()", pos)) {
            pos += 2;
          }
          return;
        }
      }
      words.add(sw);
    }
    if (start < 0) {
      return;
    }
    int save = pos;
    skipBlanks();
    String after = pos < n && t.charAt(pos) == '\n' ? "\n" : operator();
    if (after.startsWith(";;") || after.equals(";&")) {
      after = ";";
    }
    pos = save;
    Built b = build(assigns, words, redirs, src.span(start, end), nested, after, depth);
    for (Pending p : mine) {
      p.owner = b;
    }
  }

  /** {@code for NAME [in WORDS]}: the name is assigned; the words are read for nothing else. */
  private void forHeader() {
    skipBlanks();
    Word name = word(0);
    if (name != null) {
      state.declared.add(name.raw);
    }
    skipBlanks();
    int save = pos;
    Word in = word(0);
    if (in == null || !in.raw.equals("in")) {
      pos = save;
      return;
    }
    while (pos < n) {
      skipBlanks();
      if (pos >= n || t.charAt(pos) == ';' || t.charAt(pos) == '\n') {
        return;
      }
      int before = pos;
      word(0);
      if (pos == before) {
        return;
      }
    }
  }

  private boolean nextNonBlankIs(int from, char c) {
    int i = from;
    while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    return i < n && t.charAt(i) == c;
  }

  private static boolean isAssignment(Word w) {
    int eq = w.raw.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    String name = w.raw.charAt(eq - 1) == '+' ? w.raw.substring(0, eq - 1) : w.raw.substring(0, eq);
    if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (!Character.isLetterOrDigit(ch) && ch != '_' || ch > 127) {
        return false;
      }
    }
    return true;
  }

  /** Reads a redirection at {@link #pos}, if there is one. */
  private boolean redirection(List<ShellWord> redirs, List<Pending> mine, int depth) {
    int i = pos;
    int fd = -1;
    while (i < n && Character.isDigit(t.charAt(i))) {
      i++;
    }
    if (i > pos) {
      fd = Integer.parseInt(t.substring(pos, Math.min(i, pos + 4)));
    }
    if (i >= n) {
      return false;
    }
    char first = t.charAt(i);
    if (first != '&' && first != '<' && first != '>') {
      return false;
    }
    String op = null;
    for (String o : REDIRECT_OPERATORS) {
      if (t.startsWith(o, i)) {
        op = o;
        break;
      }
    }
    if (op == null || op.startsWith("&") && i > pos) {
      return false;
    }
    int opStart = pos;
    pos = i + op.length();
    redirs.add(plainWord(opStart, pos));
    skipBlanks();
    Word target = word(depth);
    if (target == null) {
      return true;
    }
    redirs.add(target.toShellWord());
    if (op.equals("<<") || op.equals("<<-")) {
      Pending p = new Pending(target.text(), op.equals("<<-"), fd <= 0);
      pending.add(p);
      mine.add(p);
    }
    return true;
  }

  private ShellWord plainWord(int from, int to) {
    String s = t.substring(from, to);
    return ShellWord.literal(src.span(from, to), s, s, src.slice(from, to));
  }

  // ------------------------------------------------------------ heredocs

  /** Reads the bodies of the heredocs opened on the line just ended. */
  private void readBodies(int depth) {
    if (pending.isEmpty()) {
      return;
    }
    List<Pending> open = new ArrayList<>(pending);
    pending.clear();
    for (Pending p : open) {
      int bodyStart = pos;
      int bodyEnd = n;
      while (pos < n) {
        int nl = t.indexOf('\n', pos);
        int lineEnd = nl < 0 ? n : nl;
        String line = t.substring(pos, lineEnd);
        int tabs = 0;
        while (p.chomp && tabs < line.length() && line.charAt(tabs) == '\t') {
          tabs++;
        }
        line = line.substring(tabs);
        if (line.equals(p.delimiter) || line.equals(p.delimiter + "\r")) {
          bodyEnd = pos;
          pos = nl < 0 ? n : nl + 1;
          break;
        }
        pos = nl < 0 ? n : nl + 1;
      }
      feed(p, src.slice(bodyStart, Math.min(bodyEnd, n)), depth);
    }
  }

  /** Gives the heredocs still waiting the bodies BuildKit cut out of the command line. */
  private void feedExternalBodies(int depth) {
    List<Pending> open = new ArrayList<>(pending);
    pending.clear();
    for (Pending p : open) {
      if (state.external.isEmpty()) {
        return;
      }
      feed(p, state.external.poll(), depth);
    }
  }

  private void feed(Pending p, TextMap body, int depth) {
    if (p.owner != null && p.owner.readsScript() && p.stdin) {
      nestedScript(body, p.owner.depth() + 1);
    }
  }

  private void nestedScript(TextMap text, int depth) {
    if (depth > MAX_DEPTH) {
      state.complete = false;
      return;
    }
    ShellReader inner = new ShellReader(text, env, state);
    inner.list(false, true, depth);
    inner.feedExternalBodies(depth);
  }

  // ----------------------------------------------------------- building

  /**
   * Makes a command of its words: takes off wrappers, reads a {@code sh -c} script, and records it.
   */
  private Built build(
      List<ShellWord> assigns,
      List<ShellWord> words,
      List<ShellWord> redirs,
      Span span,
      boolean nested,
      String after,
      int depth) {
    List<ShellWord> wrappers = new ArrayList<>();
    List<ShellWord> all = new ArrayList<>(assigns);
    int i = unwrap(words, wrappers, all);
    List<ShellWord> own = words.subList(i, words.size());
    List<ShellWord> assignments = new ArrayList<>(assigns);
    for (ShellWord w : all.subList(assigns.size(), all.size())) {
      assignments.add(w);
    }
    ShellCommand cmd = new ShellCommand(assignments, wrappers, own, redirs, span, nested, after);
    state.commands.add(cmd);
    boolean readsScript = false;
    if (!own.isEmpty() && SHELLS.contains(ShellCommand.basename(own.get(0).value()))) {
      Optional<ShellWord> script = dashC(own);
      if (script.isPresent()) {
        if (script.get().valueMap() != null) {
          nestedScript(script.get().valueMap(), depth + 1);
        }
      } else {
        readsScript = own.stream().skip(1).allMatch(w -> w.value().startsWith("-"));
      }
    }
    return new Built(cmd, readsScript, nested, depth);
  }

  /** The index of the program after the wrappers; wrapper words go to {@code wrappers}. */
  private static int unwrap(List<ShellWord> words, List<ShellWord> wrappers, List<ShellWord> env) {
    int i = 0;
    while (i < words.size()) {
      ShellWord w = words.get(i);
      if (!w.isKnown()) {
        return i;
      }
      String name = ShellCommand.basename(w.value());
      int next = -1;
      if (WRAPPERS.containsKey(name)) {
        next = afterWrapper(words, i, name);
      } else if (name.startsWith("python")) {
        next = afterPythonM(words, i);
      }
      if (next < 0 || next >= words.size()) {
        return i;
      }
      for (int k = i; k < next; k++) {
        ShellWord x = words.get(k);
        if (name.equals("env")
            && k > i
            && x.value().indexOf('=') > 0
            && !x.value().startsWith("-")) {
          env.add(x);
        } else {
          wrappers.add(x);
        }
      }
      i = next;
    }
    return i;
  }

  private static int afterWrapper(List<ShellWord> words, int at, String name) {
    if (name.equals("command")
        && at + 1 < words.size()
        && (words.get(at + 1).value().equals("-v") || words.get(at + 1).value().equals("-V"))) {
      return -1;
    }
    Set<String> valued = WRAPPERS.get(name);
    int j = at + 1;
    while (j < words.size()) {
      String v = words.get(j).value();
      if (v.equals("--")) {
        j++;
        break;
      }
      if (v.length() > 1 && v.startsWith("-")) {
        if (v.startsWith("--")) {
          j += v.contains("=") || !valued.contains(v) ? 1 : 2;
        } else {
          String last = "-" + v.charAt(v.length() - 1);
          j += v.length() == 2 && valued.contains(last) ? 2 : 1;
        }
        continue;
      }
      if (name.equals("env") && v.indexOf('=') > 0) {
        j++;
        continue;
      }
      break;
    }
    if (WRAPPERS_WITH_OPERAND.contains(name)) {
      j++;
    }
    return j;
  }

  /** {@code python -m pip ...}: the index of the module word, or -1. */
  private static int afterPythonM(List<ShellWord> words, int at) {
    for (int j = at + 1; j < words.size(); j++) {
      String v = words.get(j).value();
      if (v.equals("-m") && j + 1 < words.size()) {
        return PIP_MODULES.contains(words.get(j + 1).value()) ? j + 1 : -1;
      }
      if (!v.startsWith("-") || v.equals("-c")) {
        return -1;
      }
    }
    return -1;
  }

  /** The script word of {@code sh [options] -c SCRIPT}. */
  private static Optional<ShellWord> dashC(List<ShellWord> own) {
    boolean c = false;
    for (int j = 1; j < own.size(); j++) {
      String v = own.get(j).value();
      if (v.equals("--") || v.equals("-")) {
        continue;
      }
      if ((v.startsWith("-") || v.startsWith("+")) && !v.startsWith("--") && v.length() > 1) {
        if (v.indexOf('c') > 0) {
          c = true;
        }
        if (v.endsWith("o") || v.endsWith("O")) {
          j++;
        }
        continue;
      }
      if (v.startsWith("--")) {
        if (v.equals("--rcfile") || v.equals("--init-file")) {
          j++;
        }
        continue;
      }
      return c ? Optional.of(own.get(j)) : Optional.empty();
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- words

  /** A word being read: raw text, value, the text index of each value char, its parts. */
  private final class Word {
    final int start;
    int end;
    String raw;
    final StringBuilder value;
    int[] index;
    final List<Part> parts;
    final StringBuilder literal;
    boolean plain = true;

    /**
     * The text of a word of plain characters only (no quote, escape or expansion), which is also
     * its raw text and its one field; the builders above are then null.
     */
    final String plainText;

    Word(int start) {
      this.start = start;
      this.value = new StringBuilder();
      this.index = new int[16];
      this.parts = new ArrayList<>();
      this.literal = new StringBuilder();
      this.plainText = null;
    }

    /** The word of the plain characters {@code [start, end)}. */
    Word(int start, int end) {
      this.start = start;
      this.end = end;
      this.raw = t.substring(start, end);
      this.plainText = raw;
      this.value = null;
      this.parts = null;
      this.literal = null;
    }

    /** The word's text, quotes and escapes removed. */
    String text() {
      return plainText != null ? plainText : value.toString();
    }

    void add(char c, int at) {
      int len = value.length();
      if (len == index.length) {
        index = Arrays.copyOf(index, len * 2);
      }
      value.append(c);
      index[len] = at;
    }

    /** Appends text as written, with the map of each char. */
    void addRaw(int from, int to) {
      for (int i = from; i < to; i++) {
        add(t.charAt(i), i);
      }
    }

    void lit(char c) {
      literal.append(c);
    }

    void flush() {
      if (literal.length() > 0) {
        parts.add(new Part(Part.LITERAL, literal.toString(), null, null, null, false));
        literal.setLength(0);
      }
    }

    void part(Part p) {
      flush();
      parts.add(p);
    }

    ShellWord toShellWord() {
      if (plainText != null) {
        int len = plainText.length();
        int[] offsets = new int[len + 1];
        for (int i = 0; i <= len; i++) {
          offsets[i] = src.offset(start + i);
        }
        return new ShellWord(
            src.span(start, end),
            raw,
            plainText,
            new TextMap(plainText, offsets),
            Optional.of(List.of(plainText)));
      }
      flush();
      int len = value.length();
      int[] offsets = new int[len + 1];
      for (int i = 0; i < len; i++) {
        offsets[i] = src.offset(index[i]);
      }
      offsets[len] = src.offset(end);
      String text = value.toString();
      return new ShellWord(src.span(start, end), raw, text, new TextMap(text, offsets), fields());
    }

    private Optional<List<String>> fields() {
      if (parts.size() == 1 && parts.get(0).kind == Part.LITERAL) {
        return Optional.of(List.of(parts.get(0).text)); // most words: one literal, one field
      }
      List<String> out = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean have = false;
      for (Part p : parts) {
        if (p.kind == Part.LITERAL) {
          cur.append(p.text);
          have = true;
          continue;
        }
        if (p.kind == Part.UNKNOWN) {
          return Optional.empty();
        }
        String v = resolve(p);
        if (v == null) {
          return Optional.empty();
        }
        if (p.quoted) {
          cur.append(v);
          have = true;
          continue;
        }
        for (int i = 0; i < v.length(); i++) {
          char ch = v.charAt(i);
          if (ch == ' ' || ch == '\t' || ch == '\n') {
            if (have) {
              out.add(cur.toString());
              cur.setLength(0);
              have = false;
            }
          } else {
            cur.append(ch);
            have = true;
          }
        }
      }
      if (have) {
        out.add(cur.toString());
      }
      return Optional.of(out);
    }
  }

  /** A piece of a word: literal text, a parameter expansion, or something not known. */
  private record Part(int kind, String text, String name, String op, String arg, boolean quoted) {
    static final int LITERAL = 0;
    static final int PARAMETER = 1;
    static final int UNKNOWN = 2;

    static final Part NOT_KNOWN = new Part(UNKNOWN, "", null, null, null, false);
  }

  private String lookup(String name) {
    if (state.assigned.contains(name)) {
      return null;
    }
    String v = env.get(name);
    if (v != null) {
      state.looked.add(name);
    }
    return v;
  }

  private String resolve(Part p) {
    String v = lookup(p.name);
    if (v == null) {
      return null;
    }
    String arg = p.arg;
    boolean literalArg =
        arg.indexOf('$') < 0
            && arg.indexOf('`') < 0
            && arg.indexOf('\'') < 0
            && arg.indexOf('"') < 0
            && arg.indexOf('\\') < 0;
    switch (p.op) {
      case "":
      case "-":
      case "=":
      case "?":
        return v;
      case ":-":
      case ":=":
        return !v.isEmpty() ? v : literalArg ? arg : null;
      case ":?":
        return v.isEmpty() ? null : v;
      case "+":
        return literalArg ? arg : null;
      case ":+":
        return v.isEmpty() ? "" : literalArg ? arg : null;
      default:
        return null;
    }
  }

  /** Reads a word at {@link #pos}; null when there is none. */
  private Word word(int depth) {
    if (pos >= n || isMeta(t.charAt(pos))) {
      return null;
    }
    int plainEnd = pos;
    while (plainEnd < n && !isMeta(t.charAt(plainEnd)) && !isSpecial(t.charAt(plainEnd))) {
      plainEnd++;
    }
    if (plainEnd == n || isMeta(t.charAt(plainEnd))) {
      // most words: plain characters only, read without building them up char by char
      Word w = new Word(pos, plainEnd);
      pos = plainEnd;
      return w;
    }
    Word w = new Word(pos);
    while (pos < n) {
      char c = t.charAt(pos);
      if (isMeta(c)) {
        break;
      }
      if (c == '\\') {
        w.plain = false;
        if (pos + 1 < n) {
          char next = t.charAt(pos + 1);
          pos += 2;
          if (next == '\n') {
            continue;
          }
          w.add(next, pos - 1);
          w.lit(next);
        } else {
          pos++;
        }
      } else if (c == '\'') {
        w.plain = false;
        w.part(new Part(Part.LITERAL, "", null, null, null, true));
        int close = t.indexOf('\'', pos + 1);
        if (close < 0) {
          state.complete = false;
          close = n;
        }
        for (int i = pos + 1; i < close; i++) {
          w.add(t.charAt(i), i);
          w.lit(t.charAt(i));
        }
        pos = Math.min(n, close + 1);
      } else if (c == '"') {
        w.plain = false;
        doubleQuoted(w, depth);
      } else if (c == '$') {
        dollar(w, false, depth);
      } else if (c == '`') {
        w.plain = false;
        backtick(w, depth);
      } else {
        w.add(c, pos);
        w.lit(c);
        pos++;
      }
    }
    w.end = pos;
    w.raw = t.substring(w.start, pos);
    return w;
  }

  /** The characters that start a quote, an escape or an expansion within a word. */
  private static boolean isSpecial(char c) {
    return c == '\\' || c == '\'' || c == '"' || c == '$' || c == '`';
  }

  private static boolean isMeta(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '('
        || c == ')' || c == '<' || c == '>' || c == '\r';
  }

  private void doubleQuoted(Word w, int depth) {
    w.part(new Part(Part.LITERAL, "", null, null, null, true));
    pos++;
    while (pos < n) {
      char c = t.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c == '\\' && pos + 1 < n) {
        char next = t.charAt(pos + 1);
        if (next == '\n') {
          pos += 2;
          continue;
        }
        if (next == '$' || next == '`' || next == '"' || next == '\\') {
          w.add(next, pos + 1);
          w.lit(next);
          pos += 2;
          continue;
        }
        w.add(c, pos);
        w.lit(c);
        pos++;
      } else if (c == '$') {
        dollar(w, true, depth);
      } else if (c == '`') {
        backtick(w, depth);
      } else {
        w.add(c, pos);
        w.lit(c);
        pos++;
      }
    }
    state.complete = false;
  }

  private void dollar(Word w, boolean quoted, int depth) {
    int at = pos;
    char next = pos + 1 < n ? t.charAt(pos + 1) : 0;
    if (next == '\'' && !quoted) {
      w.plain = false;
      ansiC(w);
      return;
    }
    if (next == '"' && !quoted) {
      w.plain = false;
      pos++;
      doubleQuoted(w, depth);
      return;
    }
    if (next == '{') {
      int close = matchBrace(pos + 2);
      pos = close < 0 ? n : close + 1;
      if (close < 0) {
        state.complete = false;
      }
      w.addRaw(at, pos);
      w.part(parameter(t.substring(at + 2, Math.max(at + 2, pos - 1)), quoted));
      w.plain = false;
      return;
    }
    if (next == '(') {
      w.plain = false;
      if (t.startsWith("((", pos + 1)) {
        int close = t.indexOf("))", pos + 3);
        pos = close < 0 ? n : close + 2;
      } else {
        pos += 2;
        if (depth + 1 > MAX_DEPTH) {
          state.complete = false;
          pos = n;
        } else {
          list(true, true, depth + 1);
        }
      }
      w.addRaw(at, pos);
      w.part(Part.NOT_KNOWN);
      return;
    }
    if (next == '_' || Character.isLetter(next) && next < 128) {
      int i = pos + 1;
      while (i < n
          && (t.charAt(i) == '_' || Character.isLetterOrDigit(t.charAt(i)))
          && t.charAt(i) < 128) {
        i++;
      }
      pos = i;
      w.addRaw(at, pos);
      w.part(new Part(Part.PARAMETER, "", t.substring(at + 1, i), "", "", quoted));
      w.plain = false;
      return;
    }
    if (next != 0 && (Character.isDigit(next) || "@*#?$!-".indexOf(next) >= 0)) {
      pos += 2;
      w.addRaw(at, pos);
      w.part(Part.NOT_KNOWN);
      w.plain = false;
      return;
    }
    w.add('$', pos);
    w.lit('$');
    pos++;
  }

  /** The part of {@code ${body}}. */
  private static Part parameter(String body, boolean quoted) {
    int i = 0;
    while (i < body.length()
        && (body.charAt(i) == '_' || Character.isLetterOrDigit(body.charAt(i)))
        && body.charAt(i) < 128) {
      i++;
    }
    if (i == 0 || Character.isDigit(body.charAt(0))) {
      return Part.NOT_KNOWN;
    }
    String name = body.substring(0, i);
    String rest = body.substring(i);
    for (String op : EXPANSION_OPERATORS) {
      if (rest.startsWith(op)) {
        return new Part(Part.PARAMETER, "", name, op, rest.substring(op.length()), quoted);
      }
    }
    if (rest.isEmpty()) {
      return new Part(Part.PARAMETER, "", name, "", "", quoted);
    }
    return Part.NOT_KNOWN;
  }

  /** The index of the {@code }} that closes a {@code ${}, or -1. */
  private int matchBrace(int from) {
    int depthBraces = 1;
    for (int i = from; i < n; i++) {
      char c = t.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '\'') {
        int close = t.indexOf('\'', i + 1);
        if (close < 0) {
          return -1;
        }
        i = close;
      } else if (c == '{') {
        depthBraces++;
      } else if (c == '}' && --depthBraces == 0) {
        return i;
      }
    }
    return -1;
  }

  /** {@code $'...'}: the escapes of ANSI-C quoting. */
  private void ansiC(Word w) {
    w.part(new Part(Part.LITERAL, "", null, null, null, true));
    pos += 2;
    while (pos < n) {
      char c = t.charAt(pos);
      if (c == '\'') {
        pos++;
        return;
      }
      int at = pos;
      if (c == '\\' && pos + 1 < n) {
        char e = t.charAt(pos + 1);
        pos += 2;
        char out;
        switch (e) {
          case 'n':
            out = '\n';
            break;
          case 't':
            out = '\t';
            break;
          case 'r':
            out = '\r';
            break;
          case 'a':
            out = 7;
            break;
          case 'b':
            out = '\b';
            break;
          case 'e':
          case 'E':
            out = 27;
            break;
          case 'f':
            out = '\f';
            break;
          case 'v':
            out = 11;
            break;
          case 'x':
            {
              int v = 0;
              int k = 0;
              while (k < 2 && pos < n && Character.digit(t.charAt(pos), 16) >= 0) {
                v = v * 16 + Character.digit(t.charAt(pos), 16);
                pos++;
                k++;
              }
              out = (char) v;
              break;
            }
          default:
            if (e >= '0' && e <= '7') {
              int v = e - '0';
              int k = 1;
              while (k < 3 && pos < n && t.charAt(pos) >= '0' && t.charAt(pos) <= '7') {
                v = v * 8 + t.charAt(pos) - '0';
                pos++;
                k++;
              }
              out = (char) (v & 0xFF);
            } else {
              out = e;
            }
        }
        w.add(out, at);
        w.lit(out);
        continue;
      }
      w.add(c, pos);
      w.lit(c);
      pos++;
    }
    state.complete = false;
  }

  /** A backtick substitution: its text unescaped and read as a nested script. */
  private void backtick(Word w, int depth) {
    int at = pos;
    pos++;
    StringBuilder inner = new StringBuilder();
    List<Integer> map = new ArrayList<>();
    boolean closed = false;
    while (pos < n) {
      char c = t.charAt(pos);
      if (c == '`') {
        pos++;
        closed = true;
        break;
      }
      if (c == '\\' && pos + 1 < n && "$`\\".indexOf(t.charAt(pos + 1)) >= 0) {
        inner.append(t.charAt(pos + 1));
        map.add(pos + 1);
        pos += 2;
        continue;
      }
      inner.append(c);
      map.add(pos);
      pos++;
    }
    if (!closed) {
      state.complete = false;
    }
    w.addRaw(at, pos);
    w.part(Part.NOT_KNOWN);
    int[] offsets = new int[inner.length() + 1];
    for (int i = 0; i < map.size(); i++) {
      offsets[i] = src.offset(map.get(i));
    }
    offsets[inner.length()] = src.offset(closed ? pos - 1 : pos);
    nestedScript(new TextMap(inner.toString(), offsets), depth + 1);
  }

  // ------------------------------------------------------------ blanks

  private void skipBlanks() {
    while (pos < n) {
      char c = t.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\\' && pos + 1 < n && t.charAt(pos + 1) == '\n') {
        pos += 2;
      } else {
        return;
      }
    }
  }

  private void skipComment() {
    while (pos < n && t.charAt(pos) != '\n') {
      pos++;
    }
  }
}
