package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A label the label schema requires, whatever its type, must not be set to an empty value. Runs
 * only with a label schema.
 */
@RuleInfo(
    id = "DL3051",
    name = "label-empty",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Labels of the label schema must not be empty.")
public final class LabelEmpty implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return !settings.labelSchema().isEmpty();
  }

  @Override
  public void check(DockerfileContext ctx) {
    for (LabelValues.Pair p : LabelValues.pairs(ctx)) {
      if (ctx.settings().labelSchema().containsKey(p.key())
          && p.value().map(String::isEmpty).orElse(false)) {
        ctx.report(
            p.pair().span(), "Label " + p.key() + " is empty; the label schema requires a value");
      }
    }
  }
}
