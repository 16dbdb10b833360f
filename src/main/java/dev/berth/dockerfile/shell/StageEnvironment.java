package dev.berth.dockerfile.shell;

import dev.berth.core.Span;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.model.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a Dockerfile's ARG and ENV variables, evaluated in file order the way BuildKit
 * does: global ARGs (before the first FROM) from build arguments or their defaults; in each stage,
 * an ARG without a default takes the global ARG of the same name, an ARG with one takes the build
 * argument or its expanded default, and ENV values are expanded with what is set before the
 * instruction (so {@code ENV a=1 b=$a} gives {@code b} the earlier {@code a}), ENV winning over ARG
 * of the same name. The base image's own ENV is unknown, so it is not there.
 *
 * <p>The evaluation is bounded: ARG values that double at each step ({@code ARG B=$A$A}) reach a
 * gigabyte in thirty lines. The values produced may total at most {@code maxChars} characters and
 * at most {@code maxSubstitutions} variable references may be substituted; when either is hit, the
 * evaluation stops there, {@link #limit()} says where, and nothing after that point is known.
 * Memory is linear in the number of assignments: the variables before an instruction are looked up
 * by name and position, not copied per instruction.
 */
public final class StageEnvironment {
  /** Default cap on the characters all evaluated values may total: 1 MiB. */
  public static final int DEFAULT_MAX_CHARS = 1 << 20;

  /** Default cap on the number of variable references substituted. */
  public static final int DEFAULT_MAX_SUBSTITUTIONS = 100_000;

  /** Where the evaluation stopped: the value being expanded, and why. */
  public record Limit(Span at, String message) {}

  /** One value a variable took, and the index of the instruction after which it holds. */
  private record Assignment(int index, Optional<String> value) {}

  /** Variables by name: each name's assignments in order; one map for ARG, one for ENV. */
  private static final class Scope {
    final Map<String, List<Assignment>> args = new HashMap<>();
    final Map<String, List<Assignment>> env = new HashMap<>();
  }

  private final Map<String, String> globals;
  private final Map<Instruction, Integer> indexOf;
  private final Map<Instruction, Scope> scopeOf;
  private final Optional<Limit> limit;
  private final int stoppedAt;
  private final int escape;

  private StageEnvironment(
      Map<String, String> globals,
      Map<Instruction, Integer> indexOf,
      Map<Instruction, Scope> scopeOf,
      Optional<Limit> limit,
      int stoppedAt,
      int escape) {
    this.globals = globals;
    this.indexOf = indexOf;
    this.scopeOf = scopeOf;
    this.limit = limit;
    this.stoppedAt = stoppedAt;
    this.escape = escape;
  }

  /** Evaluates with no build arguments and the default caps. */
  public static StageEnvironment evaluate(Dockerfile file) {
    return evaluate(file, Map.of(), DEFAULT_MAX_CHARS, DEFAULT_MAX_SUBSTITUTIONS);
  }

  /**
   * Evaluates {@code file}'s ARG and ENV values; {@code buildArgs} are the {@code --build-arg}
   * values (they override ARG defaults).
   */
  public static StageEnvironment evaluate(
      Dockerfile file, Map<String, String> buildArgs, int maxChars, int maxSubstitutions) {
    return new Evaluation(file, buildArgs, maxChars, maxSubstitutions).run();
  }

  /** The global ARGs (declared before the first FROM) that have a value, in declaration order. */
  public Map<String, String> globals() {
    return globals;
  }

  /** Where the evaluation stopped because of a cap, if it did. */
  public Optional<Limit> limit() {
    return limit;
  }

  /**
   * Whether the variables visible before {@code instruction} are known: it is a top-level
   * instruction of the file, and no cap stopped the evaluation before it.
   */
  public boolean knows(Instruction instruction) {
    Integer i = indexOf.get(instruction);
    return i != null && i <= stoppedAt;
  }

  /**
   * The variables visible to {@code instruction} (set by instructions before it in its stage, or
   * global for a FROM), for {@link BuildkitWords#process}. Unknown variables, including those of an
   * instruction this evaluation does not {@link #knows know}, look unset.
   */
  public BuildkitWords.Env before(Instruction instruction) {
    Integer index = indexOf.get(instruction);
    if (index == null || index > stoppedAt) {
      return BuildkitWords.EMPTY;
    }
    if (instruction instanceof From) {
      return globals::get;
    }
    Scope scope = scopeOf.get(instruction);
    return scope == null ? globals::get : lookup(scope, index);
  }

  /**
   * Expands {@code text} as written in {@code instruction}, with the variables visible there (see
   * {@link #before}), for {@link StageGraph}: the value is incomplete when a variable it uses has
   * no known value; empty when the text is not valid or too large to expand.
   */
  public Optional<StageGraph.Value> expand(Instruction instruction, String text) {
    try {
      BuildkitWords.Result r =
          BuildkitWords.process(
              text,
              before(instruction),
              BuildkitWords.Options.defaults(escape).withMaxExpansion(DEFAULT_MAX_CHARS));
      return Optional.of(new StageGraph.Value(r.word(), r.unmatched().isEmpty()));
    } catch (ShellSyntaxException e) {
      return Optional.empty();
    }
  }

  /** The graph of the file's stages, its variables expanded with this evaluation. */
  public StageGraph stageGraph(Dockerfile file) {
    return StageGraph.of(file, this::expand);
  }

  /** What the scope holds before the instruction at {@code index}; ENV wins over ARG. */
  private static BuildkitWords.Env lookup(Scope scope, int index) {
    return name -> {
      Optional<String> env = valueBefore(scope.env.get(name), index);
      if (env != null) {
        return env.orElse(null);
      }
      Optional<String> arg = valueBefore(scope.args.get(name), index);
      return arg == null ? null : arg.orElse(null);
    };
  }

  /** The last assignment before {@code index}: null when there is none, empty when unset. */
  private static Optional<String> valueBefore(List<Assignment> assignments, int index) {
    if (assignments == null) {
      return null;
    }
    int lo = 0;
    int hi = assignments.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (assignments.get(mid).index() < index) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? null : assignments.get(found).value();
  }

  /** The state of one evaluation. */
  private static final class Evaluation {
    private final Dockerfile file;
    private final Map<String, String> buildArgs;
    private final int maxChars;
    private final int maxSubstitutions;
    private final Map<String, String> globals = new LinkedHashMap<>();
    private final Map<Instruction, Integer> indexOf = new IdentityHashMap<>();
    private final Map<Instruction, Scope> scopeOf = new IdentityHashMap<>();
    private long charsLeft;
    private int substitutionsLeft;

    Evaluation(Dockerfile file, Map<String, String> buildArgs, int maxChars, int maxSubstitutions) {
      this.file = file;
      this.buildArgs = Map.copyOf(buildArgs);
      this.maxChars = maxChars;
      this.maxSubstitutions = maxSubstitutions;
      this.charsLeft = maxChars;
      this.substitutionsLeft = maxSubstitutions;
    }

    StageEnvironment run() {
      List<Instruction> all = file.instructions();
      Scope scope = null;
      Optional<Limit> limit = Optional.empty();
      int stoppedAt = all.size();
      for (int i = 0; i < all.size(); i++) {
        Instruction ins = all.get(i);
        indexOf.put(ins, i);
        if (ins instanceof From) {
          scope = new Scope();
          continue;
        }
        if (scope != null) {
          scopeOf.put(ins, scope);
        }
        try {
          if (ins instanceof Arg a) {
            arg(a, i, scope);
          } else if (ins instanceof Env e && scope != null) {
            env(e, i, scope);
          }
        } catch (CapReached cap) {
          limit = Optional.of(new Limit(cap.at, cap.getMessage()));
          stoppedAt = i;
          break;
        }
      }
      return new StageEnvironment(
          java.util.Collections.unmodifiableMap(globals),
          indexOf,
          scopeOf,
          limit,
          stoppedAt,
          file.escape());
    }

    private void arg(Arg arg, int index, Scope scope) {
      for (ArgDeclaration d : arg.declarations()) {
        String name = d.name().text();
        Optional<String> value;
        if (buildArgs.containsKey(name)) {
          value = Optional.of(buildArgs.get(name));
        } else if (d.defaultValue().isPresent()) {
          BuildkitWords.Env env = scope == null ? globals::get : lookup(scope, index);
          value = Optional.of(expand(d.defaultValue().get(), env));
        } else {
          value = scope == null ? Optional.empty() : Optional.ofNullable(globals.get(name));
        }
        if (scope == null) {
          globals.remove(name);
          value.ifPresent(v -> globals.put(name, v));
        } else {
          scope
              .args
              .computeIfAbsent(name, k -> new ArrayList<>())
              .add(new Assignment(index, value));
        }
      }
    }

    private void env(Env env, int index, Scope scope) {
      for (KeyValue kv : env.pairs()) {
        String value = expand(kv.value(), lookup(scope, index));
        scope
            .env
            .computeIfAbsent(kv.key().text(), k -> new ArrayList<>())
            .add(new Assignment(index, Optional.of(value)));
      }
    }

    /** Expands one value within the caps; a value that is not valid shell is taken as written. */
    private String expand(Word word, BuildkitWords.Env env) {
      BuildkitWords.Env counted =
          name -> {
            String v = env.get(name);
            if (v != null && --substitutionsLeft < 0) {
              throw new CapReached(
                  word.span(),
                  "Expanding ARG and ENV values substitutes more than "
                      + maxSubstitutions
                      + " variable references here; berth stops evaluating them");
            }
            return v;
          };
      String out;
      try {
        out =
            BuildkitWords.process(
                    word.text(),
                    counted,
                    BuildkitWords.Options.defaults(file.escape()).withMaxExpansion(charsLeft))
                .word();
      } catch (ExpansionLimitException e) {
        throw tooLarge(word);
      } catch (ShellSyntaxException e) {
        out = word.text();
      }
      charsLeft -= out.length();
      if (charsLeft < 0) {
        throw tooLarge(word);
      }
      return out;
    }

    private CapReached tooLarge(Word word) {
      return new CapReached(
          word.span(),
          "Expanding ARG and ENV values produces more than "
              + maxChars
              + " characters by here (a value that doubles at each step grows this fast);"
              + " berth stops evaluating them (raise the limit with --max-expansion-size)");
    }
  }

  /** Stops the evaluation at a cap. */
  private static final class CapReached extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Span at;

    CapReached(Span at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }
}
