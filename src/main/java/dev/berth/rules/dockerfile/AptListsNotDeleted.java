package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts.ShellRun;

/**
 * {@code apt-get update} leaves the package lists in {@code /var/lib/apt/lists}; unless the same
 * RUN deletes them afterwards ({@code rm -rf /var/lib/apt/lists/*}), they stay in the image layer.
 * A cache or tmpfs mount over the lists keeps them out of the image, so it is fine too. Only stages
 * that end up in an image are checked: the last stage, a stage another builds on, ONBUILD triggers.
 */
@RuleInfo(
    id = "DL3009",
    name = "apt-lists-not-deleted",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "Delete the apt lists after apt-get update.")
public final class AptListsNotDeleted implements DockerfileRule {
  private static final String LISTS = "/var/lib/apt/lists";

  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "apt-get", "apt", "aptitude")) {
      ShellCommand c = f.command();
      ShellRun run = f.run();
      if (!ShellRules.subcommandIs(c, "update")
          || ShellRules.cacheMounted(run, LISTS)
          || ShellRules.after(
              run,
              c,
              x ->
                  ShellRules.removes(x, LISTS, "/var/lib/apt")
                      || x.is("apt-get", "apt") && x.subcommand().equals("dist-clean"))
          || !ShellRules.reachesImage(ctx.model(), run)) {
        continue;
      }
      ctx.report(
          ShellRules.head(c),
          "the package lists of "
              + c.name()
              + " update stay in the image: delete them later in"
              + " this RUN (rm -rf /var/lib/apt/lists/*) or mount a cache there");
    }
  }
}
