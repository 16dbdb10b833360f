package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.List;

/**
 * {@code gem install} of a gem without a version. A gem is pinned as {@code name:version} ({@code
 * bundler:2.5.6}), by {@code -v}/{@code --version}, or as a local {@code .gem} file. Options are
 * read with their values, so {@code gem install --no-document rails} still reports {@code rails};
 * the words after {@code --} go to the gem's build and are not gems.
 */
@RuleInfo(
    id = "DL3028",
    name = "gem-unpinned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Pin versions in gem install.")
public final class GemUnpinned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "gem")) {
      ShellCommand c = f.command();
      if (!ShellRules.subcommandIs(c, "install", "i") || c.hasOption("-v", "--version")) {
        continue;
      }
      List<ShellWord> gems = c.argumentsBeforeDashDash();
      for (ShellWord gem : ShellRules.known(gems.subList(1, gems.size()))) {
        String v = gem.value();
        if (!v.contains(":") && !v.endsWith(".gem")) {
          ctx.report(
              gem.span(),
              "gem installs whichever version of "
                  + v
                  + " is current: pin it ("
                  + v
                  + ":<version>)");
        }
      }
    }
  }
}
