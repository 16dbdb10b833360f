package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A label the schema types {@code spdx} must hold one SPDX license identifier; an expression such
 * as {@code MIT OR Apache-2.0} is not one. Runs only with a label schema; an empty value is
 * DL3051's concern, a value with unknown variables is not judged.
 */
@RuleInfo(
    id = "DL3054",
    name = "label-not-spdx",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Label values typed spdx in the label schema must be SPDX license ids.")
public final class LabelNotSpdx implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return settings.labelSchema().containsValue("spdx");
  }

  @Override
  public void check(DockerfileContext ctx) {
    LabelValues.check(
        ctx, "spdx", LabelValues::isSpdx, "an SPDX license identifier (such as Apache-2.0)");
  }
}
