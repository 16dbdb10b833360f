package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * With {@code strict-labels}, every label must be one of the label schema; with an empty schema no
 * label is allowed. Each label outside the schema is reported at its key (hadolint reports each
 * LABEL instruction once).
 */
@RuleInfo(
    id = "DL3050",
    name = "label-not-in-schema",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "With strict labels, set only the labels of the label schema.")
public final class LabelNotInSchema implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return settings.strictLabels();
  }

  @Override
  public void check(DockerfileContext ctx) {
    if (!ctx.settings().strictLabels()) {
      return;
    }
    for (LabelValues.Pair p : LabelValues.pairs(ctx)) {
      if (!ctx.settings().labelSchema().containsKey(p.key())) {
        ctx.report(
            p.pair().key().span(),
            "Label "
                + p.key()
                + " is not in the label schema, and strict labels are on; remove it or add it"
                + " to label-schema");
      }
    }
  }
}
