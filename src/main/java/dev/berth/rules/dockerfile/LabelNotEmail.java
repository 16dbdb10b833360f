package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A label the schema types {@code email} must hold an e-mail address ({@code local@domain}, RFC
 * 5322). Runs only with a label schema; an empty value is DL3051's concern, a value with unknown
 * variables is not judged.
 */
@RuleInfo(
    id = "DL3058",
    name = "label-not-email",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Label values typed email in the label schema must be e-mail addresses.")
public final class LabelNotEmail implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return settings.labelSchema().containsValue("email");
  }

  @Override
  public void check(DockerfileContext ctx) {
    LabelValues.check(
        ctx, "email", LabelValues::isEmail, "an e-mail address (such as team@example.com)");
  }
}
