package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.Option;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;

/**
 * {@code zypper install} of a package without a version. A package is pinned when it names a
 * version or a range ({@code "curl=8.6.0"}, {@code "curl>=8"}) or an {@code .rpm} file. Patterns,
 * patches and products ({@code -t pattern}) are not packages and are left alone.
 */
@RuleInfo(
    id = "DL3037",
    name = "zypper-unpinned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Pin versions in zypper install.")
public final class ZypperUnpinned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "zypper")) {
      ShellCommand c = f.command();
      if (!ShellRules.subcommandIs(c, "install", "in")
          || c.option("-t", "--type")
              .flatMap(Option::value)
              .filter(t -> !t.equals("package"))
              .isPresent()) {
        continue;
      }
      for (ShellWord pkg : ShellRules.known(c.argumentsAfter(c.subcommand()))) {
        String v = pkg.value();
        if (!ShellRules.containsAny(v, "=", ">", "<") && !v.endsWith(".rpm")) {
          ctx.report(
              pkg.span(),
              "zypper installs whichever version of "
                  + v
                  + " is current: pin it ("
                  + v
                  + "=<version>)");
        }
      }
    }
  }
}
