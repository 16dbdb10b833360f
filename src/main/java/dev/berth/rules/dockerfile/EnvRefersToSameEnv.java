package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Onbuild;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.shell.BuildkitWords;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * All values of one ENV are expanded with the variables set before it, so in {@code ENV A=1 B=$A}
 * the {@code $A} is not the {@code 1} beside it. Reported: a value that refers to a variable
 * another pair of the same ENV sets, unless an earlier ARG or ENV of the stage (or of the stages it
 * is built on) declares it. A pair referring to its own variable ({@code PATH=/x:$PATH}) is fine.
 * ONBUILD ENVs are checked too.
 */
@RuleInfo(
    id = "DL3044",
    name = "env-refers-to-same-env",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "Do not refer to a variable set in the same ENV instruction.")
public final class EnvRefersToSameEnv implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageGraph graph = ctx.stageGraph();
    for (Stage s : graph.stages()) {
      // The names the stage declares so far, walking it once: asking for the names before each
      // ENV anew would cost the square of the stage's length.
      Set<String> earlier = null;
      Set<String> own = new HashSet<>();
      Set<String> whole = null;
      for (Instruction i : s.instructions()) {
        Instruction inner = i instanceof Onbuild o ? o.trigger().orElse(i) : i;
        if (inner instanceof Env env && env.pairs().size() > 1) {
          if (earlier == null) {
            earlier = declaredInParents(graph, s);
          }
          if (i == inner) {
            Set<String> chain = earlier;
            check(ctx, env, name -> chain.contains(name) || own.contains(name));
          } else {
            if (whole == null) {
              whole = new HashSet<>(earlier);
              addDeclared(s, whole);
            }
            check(ctx, env, whole::contains);
          }
        }
        addDeclared(i, own);
      }
    }
  }

  private static void check(DockerfileContext ctx, Env env, Predicate<String> declared) {
    List<KeyValue> pairs = env.pairs();
    pairs:
    for (int y = 0; y < pairs.size(); y++) {
      KeyValue pair = pairs.get(y);
      for (String name : BuildkitWords.references(pair.value().text(), ctx.model().escape())) {
        if (declared.test(name) || !setByAnotherPair(pairs, y, name)) {
          continue;
        }
        ctx.report(
            pair.value().span(),
            "$"
                + name
                + " is set in this same ENV, but the values are expanded before it is set;"
                + " set "
                + name
                + " in an earlier ENV");
        break pairs;
      }
    }
  }

  private static boolean setByAnotherPair(List<KeyValue> pairs, int except, String name) {
    for (int x = 0; x < pairs.size(); x++) {
      if (x != except && pairs.get(x).key().text().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ARG and ENV names the stages a stage is built on declare; with those the stage declares
   * before an instruction, they are the names declared before it. (For an ONBUILD trigger, every
   * name of the chain, since the trigger runs after the whole image is built.)
   */
  private static Set<String> declaredInParents(StageGraph graph, Stage s) {
    Set<String> names = new HashSet<>();
    for (Stage c : graph.chain(s)) {
      if (c != s) {
        addDeclared(c, names);
      }
    }
    return names;
  }

  private static void addDeclared(Stage s, Set<String> names) {
    for (Instruction i : s.instructions()) {
      addDeclared(i, names);
    }
  }

  private static void addDeclared(Instruction i, Set<String> names) {
    if (i instanceof Arg a) {
      a.declarations().stream().map(ArgDeclaration::name).forEach(w -> names.add(w.text()));
    } else if (i instanceof Env e) {
      e.pairs().forEach(kv -> names.add(kv.key().text()));
    }
  }
}
