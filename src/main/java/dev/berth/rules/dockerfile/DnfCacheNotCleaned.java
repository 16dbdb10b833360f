package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts.ShellRun;

/**
 * {@code dnf install} (or {@code upgrade}, {@code reinstall}; {@code microdnf} the same) leaves
 * downloaded packages and metadata in the dnf cache; unless the same RUN runs {@code dnf clean all}
 * with the same tool (or deletes the cache folder) afterwards, they stay in the image. A cache or
 * tmpfs mount over the cache folder is fine too.
 */
@RuleInfo(
    id = "DL3040",
    name = "dnf-cache-not-cleaned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Run dnf clean all after dnf install.")
public final class DnfCacheNotCleaned implements DockerfileRule {
  private static final String[] CACHES = {
    "/var/cache/dnf", "/var/cache/libdnf5", ".cache/libdnf5", "/var/cache/yum"
  };

  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "dnf", "microdnf", "dnf5")) {
      ShellCommand c = f.command();
      ShellRun run = f.run();
      String tool = c.name();
      if (!ShellRules.subcommandIs(
              c,
              "install",
              "in",
              "upgrade",
              "up",
              "upgrade-minimal",
              "up-min",
              "reinstall",
              "rei",
              "groupinstall",
              "localinstall")
          || ShellRules.cacheMounted(run, CACHES)
          || ShellRules.after(
              run,
              c,
              x ->
                  x.name().equals(tool)
                          && x.subcommand().equals("clean")
                          && x.hasArgument("all", "packages")
                      || ShellRules.removes(x, CACHES))) {
        continue;
      }
      ctx.report(
          ShellRules.head(c),
          "the "
              + tool
              + " cache stays in the image: run "
              + tool
              + " clean all later in this RUN, or mount a cache on its folder");
    }
  }
}
