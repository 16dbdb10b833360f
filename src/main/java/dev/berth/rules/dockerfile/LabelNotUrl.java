package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A label the schema types {@code url} must hold an absolute URL, with its scheme. Runs only with a
 * label schema; an empty value is DL3051's concern, a value with unknown variables is not judged.
 */
@RuleInfo(
    id = "DL3052",
    name = "label-not-url",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Label values typed url in the label schema must be absolute URLs.")
public final class LabelNotUrl implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return settings.labelSchema().containsValue("url");
  }

  @Override
  public void check(DockerfileContext ctx) {
    LabelValues.check(
        ctx, "url", LabelValues::isUrl, "an absolute URL (such as https://example.com/project)");
  }
}
