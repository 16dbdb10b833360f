package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Label;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import java.util.HashSet;
import java.util.Set;

/**
 * Every image must carry the labels of the label schema. A stage is reported at its FROM for each
 * schema label that neither it nor a stage it is built on sets. Stages that only serve others are
 * exempt: a stage another stage is built on (that stage is checked instead) and a stage used by
 * {@code COPY --from} or a mount. A fragment without FROM is reported at its first instruction.
 * Runs only with a label schema.
 */
@RuleInfo(
    id = "DL3049",
    name = "label-missing",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "Set every label the label schema requires.")
public final class LabelMissing implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return !settings.labelSchema().isEmpty();
  }

  @Override
  public void check(DockerfileContext ctx) {
    StageGraph graph = ctx.stageGraph();
    for (Stage s : graph.stages()) {
      if (graph.isUsedAsBase(s) || graph.isCopiedFrom(s)) {
        continue;
      }
      Set<String> set = new HashSet<>();
      for (Stage c : graph.chain(s)) {
        for (Label l : c.instructions(Label.class)) {
          l.pairs().forEach(kv -> Values.of(ctx, l, kv.key()).ifPresent(set::add));
        }
      }
      Span at = s.from().map(f -> f.span()).orElse(s.instructions().get(0).span());
      for (String required : ctx.settings().labelSchema().keySet()) {
        if (!set.contains(required)) {
          ctx.report(
              at,
              "The image of this stage has no label "
                  + required
                  + ", which the label schema requires; add LABEL "
                  + required
                  + "=...");
        }
      }
    }
  }
}
