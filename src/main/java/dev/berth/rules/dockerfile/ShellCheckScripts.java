package dev.berth.rules.dockerfile;

import dev.berth.api.ShellOverride;
import dev.berth.core.GoText;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Heredoc;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.Shell;
import dev.berth.dockerfile.model.ShellForm;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.TextMap;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.RunMount;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellReader;
import dev.berth.dockerfile.shell.ShellWord;
import dev.berth.shellcheck.ShellScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The scripts ShellCheck is given for a Dockerfile, one per shell-form RUN (ONBUILD RUN included)
 * and one per heredoc the shell runs as a script.
 *
 * <ul>
 *   <li><b>What the shell runs.</b> A RUN without heredocs: its command, continuation lines joined
 *       as BuildKit joins them. A RUN whose command is a single heredoc ({@code RUN <<EOF}): the
 *       heredoc's body, as BuildKit runs it. A command with heredocs ({@code RUN cat <<EOF >
 *       /etc/x}): the command line followed by the bodies and their terminators, as the shell reads
 *       them; a heredoc fed to a shell ({@code RUN bash -e <<EOF}) is checked as a script of its
 *       own.
 *   <li><b>Dialect.</b> From the stage's SHELL (inherited from the stage a {@code FROM name} builds
 *       on) or a {@code # hadolint shell=NAME} comment, whichever came last; otherwise the image's
 *       default: {@code cmd} for a Windows image (its name says so, or the file's escape character
 *       is a backtick, as Windows Dockerfiles use), {@code /bin/sh} for any other; for a heredoc
 *       script, its own shebang. bash, dash and ksh are checked as such, sh and ash as sh; anything
 *       else (PowerShell, cmd, zsh, a python shebang) is not checked.
 *   <li><b>Declarations.</b> A shebang and one {@code export} line come first: BuildKit's proxy
 *       variables, the ARG and ENV names declared so far in the stage (and the stages it builds
 *       on), and the variables a {@code --mount=...,env=NAME} secret sets, so that using them is
 *       not "referenced but not assigned" (SC2154).
 * </ul>
 */
final class ShellCheckScripts {
  private ShellCheckScripts() {}

  /** A script and the RUN it checks. */
  record Unit(ShellScript script, Run run) {}

  /** Variables BuildKit passes to every RUN without a declaration, in a fixed order. */
  private static final List<String> PREDEFINED =
      List.copyOf(new java.util.TreeSet<>(BuildkitSyntax.PROXY_ARGS));

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String DEFAULT_SHELL = "/bin/sh";

  /** The default shell of Windows images, which ShellCheck does not check. */
  private static final String WINDOWS_SHELL = "cmd";

  /** A shell (null: not set) and the variables declared so far. */
  private static final class Scope {
    String shell;
    final Set<String> vars;

    Scope(String shell, Set<String> vars) {
      this.shell = shell;
      this.vars = new LinkedHashSet<>(vars);
    }

    Scope copy() {
      return new Scope(shell, vars);
    }
  }

  private static final Scope NOTHING = new Scope(null, Set.of());

  /** What a stage has declared so far, and what its ONBUILD triggers have. */
  private static final class State {
    final Scope image;
    final Scope onbuild;

    State(Scope image, Scope onbuild) {
      this.image = image;
      this.onbuild = onbuild;
    }

    State copy() {
      return new State(image.copy(), onbuild.copy());
    }
  }

  static List<Unit> of(Dockerfile model, List<ShellOverride> overrides) {
    SourceText src = model.source();
    List<Stage> stages = model.stages();
    int firstFrom =
        stages.isEmpty() ? Integer.MAX_VALUE : fromLine(src, stages.get(0), Integer.MAX_VALUE);
    String global = null;
    for (ShellOverride o : overrides) {
      if (o.line() < firstFrom) {
        global = firstWord(o.shell());
      }
    }
    List<Unit> out = new ArrayList<>();
    walk(
        src,
        model.preamble(),
        overrides,
        0,
        firstFrom,
        new State(new Scope(null, Set.of()), new Scope(null, Set.of())),
        out);
    List<State> finals = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage s = stages.get(i);
      int from = fromLine(src, s, 0);
      int next =
          i + 1 < stages.size()
              ? fromLine(src, stages.get(i + 1), Integer.MAX_VALUE)
              : Integer.MAX_VALUE;
      Optional<Word> image = s.from().flatMap(From::image);
      boolean windows =
          model.escape() == '`' || image.map(w -> looksWindows(w.text())).orElse(false);
      State state =
          new State(
              new Scope(global != null ? global : windows ? WINDOWS_SHELL : null, Set.of()),
              new Scope(null, Set.of()));
      if (image.isPresent()) {
        String base = GoText.toLower(image.get().text());
        for (int j = i - 1; j >= 0; j--) {
          if (stages.get(j).normalizedName().map(base::equals).orElse(false)) {
            state = finals.get(j).copy();
            break;
          }
        }
      }
      walk(src, s.instructions(), overrides, from, next, state, out);
      finals.add(state);
    }
    return out;
  }

  /** The line of a stage's FROM; {@code implicit} for the stage of a fragment without FROM. */
  private static int fromLine(SourceText src, Stage stage, int implicit) {
    return stage.from().map(f -> src.line(f.span().start())).orElse(implicit);
  }

  /**
   * Goes through instructions and the shell comments on lines {@code [fromLine, toLine)}, in file
   * order.
   */
  private static void walk(
      SourceText src,
      List<Instruction> instructions,
      List<ShellOverride> overrides,
      int fromLine,
      int toLine,
      State state,
      List<Unit> out) {
    List<ShellOverride> pending = new ArrayList<>();
    for (ShellOverride o : overrides) {
      if (o.line() >= fromLine && o.line() < toLine) {
        pending.add(o);
      }
    }
    int next = 0;
    for (Instruction i : instructions) {
      int line = src.line(i.span().start());
      while (next < pending.size() && pending.get(next).line() < line) {
        state.image.shell = firstWord(pending.get(next++).shell());
      }
      if (i instanceof Onbuild o && o.trigger().isPresent()) {
        step(src, o.trigger().get(), state.onbuild, state.image, out);
      } else {
        step(src, i, state.image, NOTHING, out);
      }
    }
  }

  /**
   * Takes one instruction into {@code own}: a SHELL, ARG or ENV changes it, a RUN is checked with
   * its shell and variables, which extend those of {@code outer} (an ONBUILD trigger's scope
   * extends its stage's).
   */
  private static void step(SourceText src, Instruction i, Scope own, Scope outer, List<Unit> out) {
    if (i instanceof Shell sh) {
      interpreter(sh).ifPresent(s -> own.shell = s);
    } else if (i instanceof Arg a) {
      addArgs(a, own.vars);
    } else if (i instanceof Env e) {
      addEnv(e, own.vars);
    } else if (i instanceof Run r) {
      Set<String> vars = new LinkedHashSet<>(outer.vars);
      vars.addAll(own.vars);
      addRun(src, r, own.shell != null ? own.shell : outer.shell, vars, out);
    }
  }

  /**
   * Whether a base image is a Windows image, whose default shell is {@code cmd}: its name says
   * {@code windows}, {@code servercore} or {@code nanoserver} (Microsoft's base images and the tags
   * of images built on them).
   */
  static boolean looksWindows(String image) {
    String lower = image.toLowerCase(Locale.ROOT);
    return lower.contains("windows")
        || lower.contains("servercore")
        || lower.contains("nanoserver");
  }

  private static void addArgs(Arg a, Set<String> vars) {
    for (ArgDeclaration d : a.declarations()) {
      vars.add(d.name().text());
    }
  }

  private static void addEnv(Env e, Set<String> vars) {
    for (KeyValue kv : e.pairs()) {
      vars.add(kv.key().text());
    }
  }

  private static void addRun(
      SourceText src, Run run, String shell, Set<String> vars, List<Unit> out) {
    if (run.command().isEmpty() || !(run.command().get() instanceof ShellForm sf)) {
      return;
    }
    Set<String> names = new LinkedHashSet<>(PREDEFINED);
    names.addAll(vars);
    names.addAll(mountedEnv(run));
    Optional<String> dialect = dialect(shell == null ? DEFAULT_SHELL : shell);
    List<Heredoc> heredocs = run.heredocs();
    String text = sf.text();
    IntFunction<Span> textSpans = i -> sf.map().span(i, i + 1);
    if (heredocs.isEmpty()) {
      if (text.startsWith("#!")) {
        dialect = shebang(text);
      }
      if (dialect.isPresent() && !text.isBlank()) {
        out.add(
            new Unit(
                header(dialect.get(), names, text).mapped(text, textSpans).synthetic("\n").build(),
                run));
      }
      return;
    }
    if (heredocs.size() == 1 && isBare(text, heredocs.get(0))) {
      Heredoc h = heredocs.get(0);
      String body = src.slice(h.body());
      IntFunction<Span> bodySpans = spans(src, h.body(), body);
      int skip = 0;
      int tabs = 0;
      while (h.chomp() && tabs < body.length() && body.charAt(tabs) == '\t') {
        tabs++;
      }
      if (body.startsWith("#!", tabs)) {
        int nl = body.indexOf('\n', tabs);
        dialect = shebang(nl < 0 ? body.substring(tabs) : body.substring(tabs, nl));
        skip = nl < 0 ? body.length() : nl + 1;
      }
      if (dialect.isPresent()) {
        int from = skip;
        String script = body.substring(from);
        out.add(
            new Unit(
                header(dialect.get(), names, script)
                    .mapped(script, i -> bodySpans.apply(from + i))
                    .build(),
                run));
      }
      return;
    }
    if (dialect.isEmpty()) {
      return;
    }
    Optional<Heredoc> script = stdinScript(sf, heredocs);
    StringBuilder all = new StringBuilder(text);
    for (Heredoc h : heredocs) {
      if (script.isEmpty() || script.get() != h) {
        all.append('\n').append(src.slice(h.body()));
      }
    }
    ShellScript.Builder b =
        header(dialect.get(), names, all).mapped(text, textSpans).synthetic("\n");
    for (Heredoc h : heredocs) {
      if (script.isEmpty() || script.get() != h) {
        String body = src.slice(h.body());
        b.mapped(body, spans(src, h.body(), body));
      }
      if (h.terminator().isPresent()) {
        String end = src.slice(h.terminator().get());
        b.mapped(end, spans(src, h.terminator().get(), end));
      } else {
        b.synthetic(h.name());
      }
      b.synthetic("\n");
    }
    out.add(new Unit(b.build(), run));
    if (script.isPresent()) {
      Heredoc h = script.get();
      String body = src.slice(h.body());
      Optional<String> inner = dialect(firstCommandWord(sf));
      out.add(
          new Unit(
              header(inner.orElseThrow(), names, body)
                  .mapped(body, spans(src, h.body(), body))
                  .build(),
              run));
    }
  }

  /**
   * The shebang line and declarations every script starts with. Only the names that occur in the
   * script's text are declared: a long list of declarations (a stage with a hundred ARGs) costs
   * ShellCheck more time than the script itself.
   */
  private static ShellScript.Builder header(
      String dialect, Set<String> names, CharSequence script) {
    String text = script.toString();
    StringBuilder sb = new StringBuilder("#!/bin/").append(dialect).append('\n');
    StringBuilder exports = new StringBuilder();
    for (String n : names) {
      if (NAME.matcher(n).matches() && text.contains(n)) {
        exports.append(' ').append(n).append("=1");
      }
    }
    if (exports.length() > 0) {
      sb.append("export").append(exports).append('\n');
    }
    return ShellScript.builder().synthetic(sb.toString());
  }

  /**
   * True when a RUN's whole command is its one heredoc ({@code RUN <<EOF}): BuildKit runs the body.
   */
  private static boolean isBare(String text, Heredoc h) {
    String t = text.strip();
    return t.equals(h.operator().raw()) || t.equals(h.operator().text());
  }

  /**
   * The heredoc a command feeds to a shell as its script ({@code bash -e <<EOF}, {@code <<EOF sh}):
   * the command line is one command, its program is a shell checked by ShellCheck, it has no {@code
   * -c}, and the heredoc is the last one on standard input.
   */
  private static Optional<Heredoc> stdinScript(ShellForm line, List<Heredoc> heredocs) {
    List<ShellCommand> top =
        ShellReader.read(line.map(), BuildkitWords.EMPTY).commands().stream()
            .filter(c -> !c.isNested())
            .toList();
    if (top.size() != 1 || dialect(top.get(0).name()).isEmpty()) {
      return Optional.empty();
    }
    for (ShellWord w : top.get(0).words()) {
      String v = w.value();
      if (v.startsWith("-") && !v.startsWith("--") && v.indexOf('c') > 0) {
        return Optional.empty();
      }
    }
    Heredoc stdin = null;
    for (Heredoc h : heredocs) {
      if (h.fileDescriptor() == 0) {
        stdin = h;
      }
    }
    return Optional.ofNullable(stdin);
  }

  /** The program of the first command of a command line; empty when there is none. */
  private static String firstCommandWord(ShellForm line) {
    List<ShellCommand> cs = ShellReader.read(line.map(), BuildkitWords.EMPTY).commands();
    return cs.isEmpty() ? "" : cs.get(0).name();
  }

  /** Variables a {@code --mount=type=secret,...,env=NAME} flag sets for the command. */
  private static List<String> mountedEnv(Run run) {
    List<String> out = new ArrayList<>();
    for (RunMount m : RunMount.all(run.flags())) {
      m.field("env").flatMap(RunMount.Field::value).ifPresent(v -> out.add(v.strip()));
    }
    return out;
  }

  /** The program of a SHELL instruction in exec form, past {@code env} or {@code busybox}. */
  private static Optional<String> interpreter(Shell sh) {
    if (sh.command().isEmpty() || !(sh.command().get() instanceof ExecForm ef)) {
      return Optional.empty();
    }
    List<String> words = ef.elements().stream().map(Word::text).toList();
    return program(words);
  }

  private static Optional<String> program(List<String> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String first = words.get(0);
    String base = basename(first);
    if (base.equals("env") || base.equals("busybox")) {
      for (int i = 1; i < words.size(); i++) {
        String w = words.get(i);
        if (!w.startsWith("-") && !w.contains("=")) {
          return Optional.of(w);
        }
      }
      return Optional.of(first);
    }
    return Optional.of(first);
  }

  /** The dialect of a {@code #!} line: its program, or its {@code env} argument. */
  static Optional<String> shebang(String line) {
    String rest = line.substring(2).strip();
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    return program(List.of(rest.split("\\s+"))).flatMap(ShellCheckScripts::dialect);
  }

  /** ShellCheck's dialect for a shell program, or empty for a shell it does not check. */
  static Optional<String> dialect(String shell) {
    String lower = shell.toLowerCase(Locale.ROOT);
    if (lower.contains("pwsh") || lower.contains("powershell") || lower.contains("cmd")) {
      return Optional.empty();
    }
    String base = basename(lower);
    if (base.endsWith(".exe")) {
      return Optional.empty();
    }
    switch (base) {
      case "sh":
      case "ash":
        return Optional.of("sh");
      case "bash":
        return Optional.of("bash");
      case "dash":
        return Optional.of("dash");
      case "ksh":
      case "ksh93":
      case "mksh":
      case "pdksh":
        return Optional.of("ksh");
      default:
        return Optional.empty();
    }
  }

  private static String basename(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

  private static String firstWord(String s) {
    String t = s.strip();
    int sp = t.indexOf(' ');
    return sp < 0 ? t : t.substring(0, sp);
  }

  /** The file span of each char of {@code text}, the decoded text of {@code span}. */
  private static IntFunction<Span> spans(SourceText src, Span span, String text) {
    TextMap map = TextMap.of(src, span);
    return i -> map.span(i, i + 1);
  }
}
