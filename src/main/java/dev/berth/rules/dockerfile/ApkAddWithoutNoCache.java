package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts.ShellRun;

/**
 * {@code apk add} without {@code --no-cache} keeps the package index in {@code /var/cache/apk}, in
 * the image. {@code --no-cache} fetches the index, uses it and leaves nothing behind. A cache or
 * tmpfs mount over {@code /var/cache/apk} (or {@code /etc/apk/cache}), or deleting {@code
 * /var/cache/apk} later in the RUN, is fine too. The fix adds {@code --no-cache} after {@code add}.
 */
@RuleInfo(
    id = "DL3019",
    name = "apk-add-without-no-cache",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Use apk add --no-cache.")
public final class ApkAddWithoutNoCache implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "apk")) {
      ShellCommand c = f.command();
      ShellRun run = f.run();
      if (!ShellRules.subcommandIs(c, "add")
          || c.hasOption("--no-cache", "--no-network")
          || ShellRules.cacheMounted(run, "/var/cache/apk", "/etc/apk/cache")
          || ShellRules.after(run, c, x -> ShellRules.removes(x, "/var/cache/apk"))) {
        continue;
      }
      ShellRules.report(
          ctx,
          ShellRules.head(c),
          "apk add keeps its package index in the image: add --no-cache",
          ShellRules.insertAfter(ctx, c.subcommandWord(), " --no-cache", "Add --no-cache"));
    }
  }
}
