package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts.ShellRun;

/**
 * {@code yum install} leaves downloaded packages and metadata in {@code /var/cache/yum}; unless the
 * same RUN runs {@code yum clean all} (or deletes {@code /var/cache/yum}) afterwards, they stay in
 * the image. A cache or tmpfs mount over {@code /var/cache/yum} is fine too.
 */
@RuleInfo(
    id = "DL3032",
    name = "yum-cache-not-cleaned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Run yum clean all after yum install.")
public final class YumCacheNotCleaned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "yum")) {
      ShellCommand c = f.command();
      ShellRun run = f.run();
      if (!ShellRules.subcommandIs(c, "install", "groupinstall", "localinstall")
          || ShellRules.cacheMounted(run, "/var/cache/yum")
          || ShellRules.after(
              run,
              c,
              x ->
                  x.is("yum") && x.subcommand().equals("clean") && x.hasArgument("all", "packages")
                      || ShellRules.removes(x, "/var/cache/yum"))) {
        continue;
      }
      ctx.report(
          ShellRules.head(c),
          "the yum cache stays in the image: run yum clean all later in this RUN, or mount a cache"
              + " on /var/cache/yum");
    }
  }
}
