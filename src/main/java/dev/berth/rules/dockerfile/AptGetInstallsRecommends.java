package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import java.util.Locale;

/**
 * {@code apt-get install} without {@code --no-install-recommends} also installs every package the
 * requested ones recommend, which makes the image larger than it needs to be. Passing {@code -o
 * APT::Install-Recommends=false} says the same. The fix adds {@code --no-install-recommends} after
 * {@code install}.
 */
@RuleInfo(
    id = "DL3015",
    name = "apt-get-installs-recommends",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Use --no-install-recommends with apt-get install.")
public final class AptGetInstallsRecommends implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "apt-get")) {
      ShellCommand c = f.command();
      if (!ShellRules.isAptGetInstall(c)
          || c.hasOption("--no-install-recommends")
          || c.hasArgument("APT::Install-Recommends=false")
          || c.options().stream()
              .anyMatch(
                  o ->
                      o.is("-o", "--option")
                          && o.value()
                              .map(v -> v.toLowerCase(Locale.ROOT))
                              .filter(
                                  v ->
                                      v.equals("apt::install-recommends=false")
                                          || v.equals("apt::install-recommends=0"))
                              .isPresent())) {
        continue;
      }
      ShellRules.report(
          ctx,
          ShellRules.head(c),
          "apt-get install also installs recommended packages: add --no-install-recommends",
          ShellRules.insertAfter(
              ctx, c.subcommandWord(), " --no-install-recommends", "Add --no-install-recommends"));
    }
  }
}
