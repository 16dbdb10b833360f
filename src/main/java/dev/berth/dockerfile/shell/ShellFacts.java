package dev.berth.dockerfile.shell;

import dev.berth.core.SourceText;
import dev.berth.core.Utf8;
import dev.berth.dockerfile.model.Cmd;
import dev.berth.dockerfile.model.Command;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Entrypoint;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.model.Healthcheck;
import dev.berth.dockerfile.model.Heredoc;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.Run;
import dev.berth.dockerfile.model.ShellForm;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.TextMap;
import dev.berth.dockerfile.model.Word;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shell facts of one Dockerfile, computed once when first asked for and shared by every rule:
 * the ARG and ENV values in scope ({@link #environment()}), the {@link Script} of each RUN, CMD,
 * ENTRYPOINT and HEALTHCHECK, ONBUILD triggers included, its {@code --mount} flags, and every RUN
 * with its stage ({@link #runs()}).
 *
 * <p>What a script is: a shell-form command is read with the heredoc bodies its line opens (a body
 * fed to a shell, {@code bash <<EOF}, is read as a script); a RUN that is only a heredoc ({@code
 * RUN <<EOF}) is its body, unless a shebang names something other than a shell; an exec-form
 * command is one command whose words are the JSON strings ({@code ["sh", "-c", "..."]} reads the
 * script). RUN words are expanded with the ARG and ENV values in scope; an ONBUILD trigger's, a
 * CMD's, an ENTRYPOINT's and a HEALTHCHECK's are not (they run in another build, or later).
 */
public final class ShellFacts {
  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

  /** A RUN: the instruction in the file (the ONBUILD for a trigger), its stage and its shell. */
  public record ShellRun(
      Run run,
      Instruction instruction,
      Optional<Stage> stage,
      boolean onbuild,
      Script script,
      List<RunMount> mounts) {

    public List<ShellCommand> commands() {
      return script.commands();
    }
  }

  private final Dockerfile file;
  private final int maxExpansion;
  private StageEnvironment environment;
  private final Map<Instruction, Script> scripts = new IdentityHashMap<>();
  private List<ShellRun> runs;

  private ShellFacts(Dockerfile file, int maxExpansion) {
    this.file = file;
    this.maxExpansion = maxExpansion;
  }

  public static ShellFacts of(Dockerfile file) {
    return of(file, StageEnvironment.DEFAULT_MAX_CHARS);
  }

  /** Facts whose ARG and ENV evaluation stops at {@code maxExpansion} characters. */
  public static ShellFacts of(Dockerfile file, int maxExpansion) {
    return new ShellFacts(file, maxExpansion);
  }

  public Dockerfile file() {
    return file;
  }

  /** The ARG and ENV values of the file, evaluated once. */
  public synchronized StageEnvironment environment() {
    if (environment == null) {
      environment =
          StageEnvironment.evaluate(
              file, Map.of(), maxExpansion, StageEnvironment.DEFAULT_MAX_SUBSTITUTIONS);
    }
    return environment;
  }

  /**
   * The variables in scope before a top-level instruction, as far as they are known; nothing for an
   * ONBUILD trigger.
   */
  public BuildkitWords.Env variables(Instruction instruction) {
    StageEnvironment env = environment();
    return env.knows(instruction) ? env.before(instruction) : BuildkitWords.EMPTY;
  }

  /** The script of an instruction (of its trigger, for ONBUILD); empty for other instructions. */
  public synchronized Script script(Instruction instruction) {
    Script s = scripts.get(instruction);
    if (s == null) {
      s = compute(instruction);
      scripts.put(instruction, s);
    }
    return s;
  }

  /** The {@code --mount} flags of an instruction (of its trigger, for ONBUILD). */
  public List<RunMount> mounts(Instruction instruction) {
    return RunMount.all(trigger(instruction).flags());
  }

  /**
   * Every RUN of the file in file order, ONBUILD triggers included, with its stage (empty before
   * the first FROM).
   */
  public synchronized List<ShellRun> runs() {
    if (runs == null) {
      // Dockerfile.stageOf, for every instruction at once (asking it once per RUN is quadratic)
      Map<Instruction, Stage> stageOf = new IdentityHashMap<>();
      for (Stage s : file.stages()) {
        s.from().ifPresent(f -> stageOf.putIfAbsent(f, s));
        for (Instruction i : s.instructions()) {
          stageOf.putIfAbsent(i, s);
        }
      }
      List<ShellRun> out = new ArrayList<>();
      for (Instruction i : file.instructions()) {
        Instruction inner = trigger(i);
        if (inner instanceof Run r) {
          Optional<Stage> stage = Optional.ofNullable(stageOf.get(i));
          out.add(new ShellRun(r, i, stage, inner != i, script(i), RunMount.all(r.flags())));
        }
      }
      runs = List.copyOf(out);
    }
    return runs;
  }

  /** The RUNs of one stage, ONBUILD triggers included. */
  public List<ShellRun> runs(Stage stage) {
    return runs().stream()
        .filter(r -> r.stage().isPresent() && r.stage().get().index() == stage.index())
        .toList();
  }

  private static Instruction trigger(Instruction i) {
    Instruction cur = i;
    while (cur instanceof Onbuild o && o.trigger().isPresent()) {
      cur = o.trigger().get();
    }
    return cur;
  }

  private Script compute(Instruction instruction) {
    Instruction i = trigger(instruction);
    BuildkitWords.Env env =
        i == instruction && i instanceof Run ? variables(i) : BuildkitWords.EMPTY;
    Optional<Command> command = Optional.empty();
    List<Heredoc> heredocs = List.of();
    if (i instanceof Run r) {
      command = r.command();
      heredocs = r.heredocs();
    } else if (i instanceof Cmd c) {
      command = c.command();
    } else if (i instanceof Entrypoint e) {
      command = e.command();
    } else if (i instanceof Healthcheck h) {
      command = h.command();
    }
    if (command.isEmpty()) {
      return Script.EMPTY;
    }
    if (command.get() instanceof ExecForm ef) {
      return ShellReader.execForm(ef.elements().stream().map(this::element).toList(), env);
    }
    ShellForm sf = (ShellForm) command.get();
    SourceText src = file.source();
    if (heredocs.size() == 1 && isBare(sf.text(), heredocs.get(0))) {
      Heredoc h = heredocs.get(0);
      TextMap body = TextMap.of(src, h.body());
      if (!runsInShell(body.text())) {
        return Script.EMPTY;
      }
      return ShellReader.read(body, env);
    }
    List<TextMap> bodies = heredocs.stream().map(h -> TextMap.of(src, h.body())).toList();
    return ShellReader.read(sf.map(), env, bodies);
  }

  /** A RUN whose whole command is its one heredoc ({@code RUN <<EOF}). */
  private static boolean isBare(String text, Heredoc h) {
    String t = text.strip();
    return t.equals(h.operator().raw()) || t.equals(h.operator().text());
  }

  /** Whether a script body is shell: no shebang, or one naming a shell. */
  static boolean runsInShell(String body) {
    String b = body.stripLeading();
    if (!b.startsWith("#!")) {
      return true;
    }
    int nl = b.indexOf('\n');
    String[] parts = (nl < 0 ? b.substring(2) : b.substring(2, nl)).strip().split("[ \t]+");
    if (parts.length == 0) {
      return true;
    }
    String program = ShellCommand.basename(parts[0]);
    if (program.equals("env")) {
      for (int k = 1; k < parts.length; k++) {
        if (!parts[k].startsWith("-")) {
          program = ShellCommand.basename(parts[k]);
          break;
        }
      }
    }
    return SHELLS.contains(program);
  }

  /** A JSON string of an exec form as a word; its chars map exactly when it has no escapes. */
  private ShellWord element(Word w) {
    String v = w.text();
    boolean exact =
        w.raw().length() == v.length() + 2 && w.raw().substring(1, v.length() + 1).equals(v);
    int[] offsets = new int[v.length() + 1];
    int off = w.span().start() + 1;
    for (int i = 0; i < v.length(); i++) {
      offsets[i] = exact ? off : w.span().start();
      off += charBytes(v, i);
    }
    offsets[v.length()] = exact ? off : w.span().start();
    return ShellWord.literal(w.span(), w.raw(), v, new TextMap(v, offsets));
  }

  private static int charBytes(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return 4;
    }
    if (Character.isLowSurrogate(c)) {
      return Utf8.isEscapedByte(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))
          ? 1
          : 0;
    }
    return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
}
