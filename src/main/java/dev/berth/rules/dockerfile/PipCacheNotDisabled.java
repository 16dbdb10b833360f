package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts.ShellRun;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.List;
import java.util.Set;

/**
 * {@code pip install} keeps the wheels it downloads and builds in its cache ({@code ~/.cache/pip}),
 * in the image. {@code --no-cache-dir} turns the cache off. Also fine: {@code PIP_NO_CACHE_DIR} set
 * to a true value (ENV, ARG, a prefix assignment or {@code export} before the command) or a cache
 * or tmpfs mount over {@code .cache/pip}. pipx and pipenv manage their own environments and are not
 * checked. The fix adds {@code --no-cache-dir} after {@code install}.
 */
@RuleInfo(
    id = "DL3042",
    name = "pip-cache-not-disabled",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Use pip install --no-cache-dir.")
public final class PipCacheNotDisabled implements DockerfileRule {
  private static final Set<String> TRUE =
      Set.of("1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES");

  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRun run : ctx.shells().runs()) {
      if (ShellRules.cacheMounted(run, ".cache/pip")
          || isTrue(ctx.shells().variables(run.instruction()).get("PIP_NO_CACHE_DIR"))) {
        continue;
      }
      for (ShellCommand c : run.commands()) {
        if (!PipInstalls.isPipInstall(c)
            || c.is("pipx", "pipenv")
            || c.hasOption("--no-cache-dir")
            || disabledBefore(run, c)) {
          continue;
        }
        ShellRules.report(
            ctx,
            ShellRules.head(c),
            "pip keeps its download cache in the image: add --no-cache-dir",
            ShellRules.insertAfter(
                ctx, c.subcommandWord(), " --no-cache-dir", "Add --no-cache-dir"));
      }
    }
  }

  /** {@code PIP_NO_CACHE_DIR=1} as the command's prefix, or set by an earlier command. */
  private static boolean disabledBefore(ShellRun run, ShellCommand install) {
    for (ShellCommand c : run.commands()) {
      if (c.span().start() > install.span().start()) {
        break;
      }
      List<ShellWord> sets =
          c == install || c.words().isEmpty()
              ? c.assignments()
              : c.is("export") ? c.args() : List.of();
      for (ShellWord w : sets) {
        if (w.value().startsWith("PIP_NO_CACHE_DIR=")
            && isTrue(w.value().substring("PIP_NO_CACHE_DIR=".length()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTrue(String value) {
    return value != null && TRUE.contains(value);
  }
}
