package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A label the schema types {@code rfc3339} must hold a date and time with offset, as RFC 3339
 * writes them. Runs only with a label schema; an empty value is DL3051's concern, a value with
 * unknown variables is not judged.
 */
@RuleInfo(
    id = "DL3053",
    name = "label-not-rfc3339",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Label values typed rfc3339 in the label schema must be RFC 3339 times.")
public final class LabelNotRfc3339 implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return settings.labelSchema().containsValue("rfc3339");
  }

  @Override
  public void check(DockerfileContext ctx) {
    LabelValues.check(
        ctx, "rfc3339", LabelValues::isRfc3339, "an RFC 3339 time (such as 2024-05-01T12:00:00Z)");
  }
}
