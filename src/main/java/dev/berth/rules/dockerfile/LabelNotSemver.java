package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A label the schema types {@code semver} must hold a version as Semantic Versioning 2.0 writes it
 * ({@code 1.0.0}, not {@code v1.0.0} or {@code 1.0}). Runs only with a label schema; an empty value
 * is DL3051's concern, a value with unknown variables is not judged.
 */
@RuleInfo(
    id = "DL3056",
    name = "label-not-semver",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Label values typed semver in the label schema must be semantic versions.")
public final class LabelNotSemver implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return settings.labelSchema().containsValue("semver");
  }

  @Override
  public void check(DockerfileContext ctx) {
    LabelValues.check(ctx, "semver", LabelValues::isSemver, "a semantic version (such as 1.4.2)");
  }
}
