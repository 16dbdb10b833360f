package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.Option;
import dev.berth.dockerfile.shell.ShellCommand;
import java.util.Locale;

/**
 * {@code apt-get install} without {@code -y}: with no terminal to answer, the build stops at the
 * confirmation prompt or aborts. {@code -y}, {@code --yes}, {@code --assume-yes}, {@code -qq} (two
 * {@code q}s, or {@code -q=2}) and {@code -o APT::Get::Assume-Yes=true} all answer it. The fix adds
 * {@code -y} after {@code install}.
 */
@RuleInfo(
    id = "DL3014",
    name = "apt-get-without-yes",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Use -y with apt-get install.")
public final class AptGetWithoutYes implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "apt-get")) {
      ShellCommand c = f.command();
      if (!ShellRules.isAptGetInstall(c) || answersYes(c)) {
        continue;
      }
      ShellRules.report(
          ctx,
          ShellRules.head(c),
          "apt-get install asks for confirmation, which stops a build: add -y",
          ShellRules.insertAfter(ctx, c.subcommandWord(), " -y", "Add -y"));
    }
  }

  private static boolean answersYes(ShellCommand c) {
    if (c.hasOption("-y", "--yes", "--assume-yes", "--qq")
        || c.count("-q") + c.count("--quiet") == 2
        || c.args().stream().anyMatch(w -> w.value().equals("-q=2"))) {
      return true;
    }
    for (Option o : c.options()) {
      String v = o.value().orElse("").toLowerCase(Locale.ROOT);
      if (o.is("-q", "--quiet") && v.equals("2")
          || o.is("-o", "--option")
              && v.startsWith("apt::get::assume-yes=")
              && !v.endsWith("=false")
              && !v.endsWith("=0")) {
        return true;
      }
    }
    return false;
  }
}
