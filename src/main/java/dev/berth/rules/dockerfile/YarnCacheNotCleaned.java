package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts.ShellRun;

/**
 * {@code yarn install} fills yarn's cache folder; unless the same RUN runs {@code yarn cache clean}
 * afterwards (or deletes the folder), it stays in the image. A cache or tmpfs mount over the cache
 * folder is fine too. Only stages that end up in an image are checked: the last stage, a stage
 * another builds on, ONBUILD triggers.
 */
@RuleInfo(
    id = "DL3060",
    name = "yarn-cache-not-cleaned",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "Run yarn cache clean after yarn install.")
public final class YarnCacheNotCleaned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "yarn")) {
      ShellCommand c = f.command();
      ShellRun run = f.run();
      if (!ShellRules.subcommandIs(c, "install")
          || ShellRules.cacheMounted(run, ".cache/yarn", "/yarn-cache", ".yarn/cache")
          || ShellRules.after(
              run,
              c,
              x ->
                  x.is("yarn") && x.subcommand().equals("cache") && x.hasArgument("clean")
                      || x.is("rm")
                          && x.arguments().stream()
                              .anyMatch(w -> w.value().contains(".cache/yarn")))
          || !ShellRules.reachesImage(ctx.model(), run)) {
        continue;
      }
      ctx.report(
          ShellRules.head(c),
          "the yarn cache stays in the image: run yarn cache clean later in this RUN, or mount a"
              + " cache on it");
    }
  }
}
