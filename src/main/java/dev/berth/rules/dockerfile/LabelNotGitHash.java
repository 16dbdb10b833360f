package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A label the schema types {@code hash} must hold a git commit hash: 7 or 40 lower-case hexadecimal
 * digits. Runs only with a label schema; an empty value is DL3051's concern, a value with unknown
 * variables is not judged.
 */
@RuleInfo(
    id = "DL3055",
    name = "label-not-git-hash",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Label values typed hash in the label schema must be git commit hashes.")
public final class LabelNotGitHash implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return settings.labelSchema().containsValue("hash");
  }

  @Override
  public void check(DockerfileContext ctx) {
    LabelValues.check(
        ctx, "hash", LabelValues::isGitHash, "a git commit hash (7 or 40 lower-case hex digits)");
  }
}
