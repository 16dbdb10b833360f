package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.StageGraph;

/**
 * {@code COPY --from} (or a mount's {@code from=}) naming the stage it is in, by name or by index,
 * is a circular dependency BuildKit refuses. A fragment without FROM is not judged.
 */
@RuleInfo(
    id = "DL3023",
    name = "copy-from-own-stage",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "COPY --from cannot name the stage it is in.")
public final class CopyFromOwnStage implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (StageGraph.Reference r : ctx.stageGraph().references()) {
      if (r.target() == StageGraph.Target.SELF && !r.in().isImplicit()) {
        ctx.report(
            r.span(),
            (r.isIndex() ? "Stage index " : "Stage '")
                + r.value().get().text()
                + (r.isIndex() ? "" : "'")
                + " is the stage this instruction is in; copy from an earlier stage or the build"
                + " context");
      }
    }
  }
}
