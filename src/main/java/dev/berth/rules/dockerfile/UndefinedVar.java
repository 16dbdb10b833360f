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
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A variable that BuildKit expands itself (in ENV, LABEL, ADD, COPY, WORKDIR, USER, VOLUME,
 * STOPSIGNAL, EXPOSE, ARG defaults and RUN {@code --mount}; not in shell-form RUN, CMD or
 * ENTRYPOINT) that nothing defines at that point: no ARG or ENV earlier in the stage, no ENV in a
 * stage it is built on, and not one of BuildKit's automatic platform and proxy arguments. An ARG
 * declared after the use does not count, and {@code ${X:-default}} is reported too, as BuildKit
 * does. berth cannot read the base image, so the variables images commonly set ({@code PATH},
 * {@code HOME}, ...) are taken as defined, and in a stage built on an image (not {@code scratch})
 * the finding is only information: the image may set the variable. The message suggests a defined
 * name when one is close.
 */
@RuleInfo(
    id = "UndefinedVar",
    name = "undefined-var",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Define every variable BuildKit expands before using it.")
public final class UndefinedVar implements DockerfileRule {
  /** Variables that BuildKit or base images define without an ARG or ENV in the file. */
  private static final Set<String> ALWAYS =
      Set.of(
          "PATH",
          "HOME",
          "HOSTNAME",
          "TERM",
          "BUILDKIT_SBOM_SCAN_CONTEXT",
          "BUILDKIT_SBOM_SCAN_STAGE");

  @Override
  public void check(DockerfileContext ctx) {
    StageGraph g = ctx.stageGraph();
    BuildkitWords.Options options = BuildkitWords.Options.defaults(ctx.model().escape());
    for (Stage s : ctx.model().stages()) {
      Set<String> defined = new LinkedHashSet<>(ALWAYS);
      defined.addAll(BuildkitSyntax.PLATFORM_ARGS);
      defined.addAll(BuildkitSyntax.PROXY_ARGS);
      List<Stage> chain = g.chain(s);
      boolean imageEnv = baseImageMaySet(g, chain);
      for (Stage p : chain.subList(1, chain.size())) {
        for (Env e : p.instructions(Env.class)) {
          e.pairs().forEach(kv -> defined.add(kv.key().text()));
        }
      }
      for (Instruction i : s.instructions()) {
        if (i instanceof Arg a) {
          for (ArgDeclaration d : a.declarations()) {
            d.defaultValue().ifPresent(w -> check(ctx, w, defined, options, imageEnv));
            defined.add(d.name().text());
          }
        } else if (i instanceof Env e) {
          for (KeyValue kv : e.pairs()) {
            check(ctx, kv.value(), defined, options, imageEnv);
          }
          e.pairs().forEach(kv -> defined.add(kv.key().text()));
        } else {
          for (Word w : ExpandedWords.of(i, false)) {
            check(ctx, w, defined, options, imageEnv);
          }
        }
      }
    }
  }

  /** Whether the stage's chain starts from an image (not scratch), whose ENV berth cannot see. */
  private static boolean baseImageMaySet(StageGraph g, List<Stage> chain) {
    Stage root = chain.get(chain.size() - 1);
    return g.base(root).map(b -> b.image().map(r -> !r.isScratch()).orElse(true)).orElse(false);
  }

  private void check(
      DockerfileContext ctx,
      Word w,
      Set<String> defined,
      BuildkitWords.Options options,
      boolean imageEnv) {
    if (!BuildkitSyntax.hasVariable(w.text())) {
      return;
    }
    Set<String> missing;
    try {
      missing =
          BuildkitWords.process(w.text(), n -> defined.contains(n) ? "" : null, options)
              .unmatched();
    } catch (ShellSyntaxException e) {
      return;
    }
    Set<String> reported = new HashSet<>();
    for (String name : missing) {
      if (!reported.add(name)) {
        continue;
      }
      ctx.report(
          meta().id(),
          imageEnv ? Level.INFO : meta().level(),
          VariableSpans.of(w, name),
          "$"
              + name
              + " is not defined here"
              + (imageEnv ? " unless the base image sets it" : "")
              + BuildkitSyntax.nearest(name, defined, 2)
                  .map(n -> "; did you mean $" + n + "?")
                  .orElse("; declare it with ARG or ENV before this line"));
    }
  }
}
