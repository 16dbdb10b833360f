package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;

/**
 * {@code zypper install} (or {@code remove}, {@code patch}, {@code source-install}) without {@code
 * -n} or {@code -y}: zypper asks for confirmation, which stops a build. The fix adds the global
 * {@code -n} ({@code --non-interactive}) after {@code zypper}.
 */
@RuleInfo(
    id = "DL3034",
    name = "zypper-not-non-interactive",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Use zypper -n (non-interactive).")
public final class ZypperNotNonInteractive implements DockerfileRule {
  private static final String[] CHANGES = {
    "install", "in", "remove", "rm", "source-install", "si", "patch"
  };

  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "zypper")) {
      ShellCommand c = f.command();
      if (!ShellRules.subcommandIs(c, CHANGES)
          || c.hasOption("-n", "--non-interactive", "-y", "--no-confirm")) {
        continue;
      }
      ShellRules.report(
          ctx,
          ShellRules.head(c),
          "zypper " + c.subcommand() + " asks for confirmation, which stops a build: add -n",
          ShellRules.insertAfter(ctx, c.program(), " -n", "Add -n"));
    }
  }
}
