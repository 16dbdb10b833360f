package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * {@code yum install} without {@code -y}: the build cannot answer the confirmation prompt. The fix
 * adds {@code -y} after the subcommand.
 */
@RuleInfo(
    id = "DL3030",
    name = "yum-without-yes",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Use -y with yum install.")
public final class YumWithoutYes implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    ShellRules.requireYes(ctx, "yum", "yum");
  }
}
