package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;

/**
 * {@code apk add} of a package without a version. A package is pinned when it names a version or a
 * range ({@code git=2.45.2-r0}, {@code git~2.45}, {@code "git>=2.45"}) or an {@code .apk} file. The
 * name given to {@code --virtual} is not a package.
 */
@RuleInfo(
    id = "DL3018",
    name = "apk-unpinned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Pin versions in apk add.")
public final class ApkUnpinned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "apk")) {
      ShellCommand c = f.command();
      if (!ShellRules.subcommandIs(c, "add")) {
        continue;
      }
      for (ShellWord pkg : ShellRules.known(c.argumentsAfter("add"))) {
        String v = pkg.value();
        if (!ShellRules.containsAny(v, "=", "~", ">", "<") && !v.endsWith(".apk")) {
          ctx.report(
              pkg.span(),
              "apk adds whichever version of " + v + " is current: pin it (" + v + "=<version>)");
        }
      }
    }
  }
}
