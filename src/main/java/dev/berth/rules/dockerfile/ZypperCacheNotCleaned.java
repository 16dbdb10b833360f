package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts.ShellRun;

/**
 * {@code zypper install} leaves downloaded packages and metadata in {@code /var/cache/zypp}; unless
 * the same RUN runs {@code zypper clean} (or deletes {@code /var/cache/zypp}) afterwards, they stay
 * in the image. A cache or tmpfs mount over {@code /var/cache/zypp} is fine too.
 */
@RuleInfo(
    id = "DL3036",
    name = "zypper-cache-not-cleaned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Run zypper clean after zypper install.")
public final class ZypperCacheNotCleaned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "zypper")) {
      ShellCommand c = f.command();
      ShellRun run = f.run();
      if (!ShellRules.subcommandIs(c, "install", "in")
          || ShellRules.cacheMounted(run, "/var/cache/zypp")
          || ShellRules.after(
              run,
              c,
              x ->
                  x.is("zypper") && ShellRules.subcommandIs(x, "clean", "cc")
                      || ShellRules.removes(x, "/var/cache/zypp"))) {
        continue;
      }
      ctx.report(
          ShellRules.head(c),
          "the zypper cache stays in the image: run zypper clean later in this RUN, or mount a"
              + " cache on /var/cache/zypp");
    }
  }
}
