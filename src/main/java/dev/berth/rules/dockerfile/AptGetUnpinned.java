package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;

/**
 * {@code apt-get install} of a package without a version. A package is pinned when it names a
 * version ({@code curl=7.88.1-10}, {@code curl=7.88*}), a release ({@code curl/bookworm}) or a
 * {@code .deb} file. Variables are judged by their ARG and ENV values; a word whose value is not
 * known is left alone.
 */
@RuleInfo(
    id = "DL3008",
    name = "apt-get-unpinned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Pin versions in apt-get install.")
public final class AptGetUnpinned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "apt-get")) {
      ShellCommand c = f.command();
      if (!ShellRules.isAptGetInstall(c)) {
        continue;
      }
      for (ShellWord pkg : ShellRules.known(c.argumentsAfter("install"))) {
        String v = pkg.value();
        if (!v.contains("=") && !v.contains("/") && !v.endsWith(".deb")) {
          ctx.report(
              pkg.span(),
              "apt-get installs whichever version of "
                  + v
                  + " is current: pin it ("
                  + v
                  + "=<version>)");
        }
      }
    }
  }
}
