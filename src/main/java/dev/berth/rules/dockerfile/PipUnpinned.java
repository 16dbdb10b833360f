package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts.ShellRun;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.List;

/**
 * {@code pip install} (also {@code pip3}, {@code pipx}, {@code python -m pip}, {@code uv pip}) of a
 * package without a version. A package is pinned with a version specifier ({@code flask==3.0.3},
 * {@code "flask>=3,<4"}), a VCS URL at a ref ({@code git+https://...@v1.2}), a wheel or sdist file,
 * or a local path. An install from a requirements or constraints file is left alone: the file holds
 * the versions.
 */
@RuleInfo(
    id = "DL3013",
    name = "pip-unpinned",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Pin versions in pip install.")
public final class PipUnpinned implements DockerfileRule {
  private static final String[] SPECIFIERS = {"==", ">=", "<=", ">", "<", "!=", "~=", "==="};
  private static final String[] VCS = {"git+", "hg+", "svn+", "bzr+"};

  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRun run : ctx.shells().runs()) {
      for (ShellCommand c : run.commands()) {
        List<ShellWord> packages = PipInstalls.packages(c);
        if (packages.isEmpty()
            || c.hasOption("-r", "--requirement", "-c", "--constraint")
            || c.hasArgument(".")) {
          continue;
        }
        for (ShellWord pkg : ShellRules.known(packages)) {
          if (!isPinned(pkg.value())) {
            ctx.report(
                pkg.span(),
                "pip installs whichever version of "
                    + pkg.value()
                    + " is current: pin it ("
                    + pkg.value()
                    + "==<version>)");
          }
        }
      }
    }
  }

  static boolean isPinned(String pkg) {
    boolean vcs = false;
    for (String v : VCS) {
      vcs |= pkg.startsWith(v);
    }
    if (vcs) {
      return pkg.indexOf('@', pkg.indexOf("://") + 3) > 0;
    }
    return ShellRules.containsAny(pkg, SPECIFIERS)
        || pkg.endsWith(".whl")
        || pkg.endsWith(".tar.gz")
        || pkg.endsWith(".zip")
        || pkg.contains("/");
  }
}
