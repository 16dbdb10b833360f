package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * {@code dnf install} or {@code microdnf install} without {@code -y}: the build cannot answer the
 * confirmation prompt. The fix adds {@code -y} after the subcommand.
 */
@RuleInfo(
    id = "DL3038",
    name = "dnf-without-yes",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Use -y with dnf install.")
public final class DnfWithoutYes implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    ShellRules.requireYes(ctx, "dnf", "dnf", "microdnf", "dnf5");
  }
}
