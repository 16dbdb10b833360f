package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;

/**
 * {@code zypper dist-upgrade} moves the whole system to whatever the repositories hold today, so
 * the same Dockerfile builds a different image from one day to the next. Pick a base image with the
 * distribution version wanted, and install or update named packages.
 */
@RuleInfo(
    id = "DL3035",
    name = "zypper-dist-upgrade",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Do not use zypper dist-upgrade.")
public final class ZypperDistUpgrade implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "zypper")) {
      ShellCommand c = f.command();
      if (ShellRules.subcommandIs(c, "dist-upgrade", "dup")) {
        ctx.report(
            ShellRules.head(c),
            "zypper "
                + c.subcommand()
                + " upgrades the whole distribution to whatever is current:"
                + " use a base image of the version wanted instead");
      }
    }
  }
}
