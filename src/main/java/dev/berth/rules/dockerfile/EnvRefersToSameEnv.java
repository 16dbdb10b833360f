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
import java.util.Optional;
import java.util.Set;

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
      for (Instruction i : s.instructions()) {
        Instruction inner = i instanceof Onbuild o ? o.trigger().orElse(i) : i;
        if (inner instanceof Env env && env.pairs().size() > 1) {
          check(ctx, env, declaredBefore(graph, s, i == inner ? Optional.of(i) : Optional.empty()));
        }
      }
    }
  }

  private static void check(DockerfileContext ctx, Env env, Set<String> declared) {
    List<KeyValue> pairs = env.pairs();
    pairs:
    for (int y = 0; y < pairs.size(); y++) {
      KeyValue pair = pairs.get(y);
      for (String name : BuildkitWords.references(pair.value().text(), ctx.model().escape())) {
        if (declared.contains(name) || !setByAnotherPair(pairs, y, name)) {
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
   * The ARG and ENV names a stage's chain declares before {@code at}; for an ONBUILD trigger
   * (empty), every name of the chain, since the trigger runs after the whole image is built.
   */
  private static Set<String> declaredBefore(StageGraph graph, Stage s, Optional<Instruction> at) {
    Set<String> names = new HashSet<>();
    for (Stage c : graph.chain(s)) {
      for (Instruction i : c.instructions()) {
        if (c == s && at.isPresent() && i == at.get()) {
          break;
        }
        if (i instanceof Arg a) {
          a.declarations().stream().map(ArgDeclaration::name).forEach(w -> names.add(w.text()));
        } else if (i instanceof Env e) {
          e.pairs().forEach(kv -> names.add(kv.key().text()));
        }
      }
    }
    return names;
  }
}
