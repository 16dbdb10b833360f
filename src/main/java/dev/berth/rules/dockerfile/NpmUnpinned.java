package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;

/**
 * {@code npm install} (or {@code npm i}, {@code npm add}) of a package without a version. A package
 * is pinned with a version or tag other than {@code latest} ({@code express@4.19.2}, {@code
 * @types/node@20}), a git URL at a ref ({@code git+https://...#v1.2}), a tarball or a local path.
 * {@code npm install} with no package installs what {@code package.json} and the lock file
 * say, and is left alone.
 */
@RuleInfo(
    id = "DL3016",
    name = "npm-unpinned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Pin versions in npm install.")
public final class NpmUnpinned implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "npm")) {
      ShellCommand c = f.command();
      if (!ShellRules.subcommandIs(c, "install", "i", "add")) {
        continue;
      }
      for (ShellWord pkg : ShellRules.known(c.argumentsAfter(c.subcommand()))) {
        if (!isPinned(pkg.value())) {
          String name =
              pkg.value().endsWith("@latest")
                  ? pkg.value().substring(0, pkg.value().length() - "@latest".length())
                  : pkg.value();
          ctx.report(
              pkg.span(),
              "npm installs whichever version of "
                  + name
                  + " is current: pin it ("
                  + name
                  + "@<version>)");
        }
      }
    }
  }

  static boolean isPinned(String pkg) {
    if (pkg.startsWith("git://") || pkg.startsWith("git+ssh://") || pkg.startsWith("git+http")) {
      return pkg.contains("#");
    }
    if (pkg.endsWith(".tar") || pkg.endsWith(".tar.gz") || pkg.endsWith(".tgz")) {
      return true;
    }
    if (pkg.startsWith("/")
        || pkg.startsWith("./")
        || pkg.startsWith("../")
        || pkg.startsWith("~/")) {
      return true;
    }
    int at = pkg.indexOf('@', pkg.startsWith("@") ? 1 : 0);
    return at > 0 && !pkg.endsWith("@latest");
  }
}
