package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.Optional;
import java.util.Set;

/**
 * {@code apt} is the interactive front end of APT; its output and behaviour are not promised to
 * stay the same between versions, and it warns about that in scripts. {@code apt-get} is the one
 * for scripts. The fix renames {@code apt} to {@code apt-get} when the subcommand is one {@code
 * apt-get} has (install, remove, update, upgrade...).
 */
@RuleInfo(
    id = "DL3027",
    name = "apt-instead-of-apt-get",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.SOMETIMES,
    summary = "Use apt-get or apt-cache instead of apt.")
public final class AptInsteadOfAptGet implements DockerfileRule {
  private static final Set<String> SHARED =
      Set.of(
          "install",
          "remove",
          "purge",
          "update",
          "upgrade",
          "dist-upgrade",
          "autoremove",
          "autopurge",
          "clean",
          "autoclean",
          "source",
          "build-dep",
          "download",
          "satisfy",
          "check",
          "reinstall");

  @Override
  public void check(DockerfileContext ctx) {
    for (ShellRules.Found f : ShellRules.commands(ctx, "apt")) {
      ShellCommand c = f.command();
      ShellWord program = c.program().orElseThrow();
      String message =
          "apt is meant for people at a terminal, not scripts: use apt-get"
              + (SHARED.contains(c.subcommand()) || c.subcommand().isEmpty()
                  ? ""
                  : " or apt-cache");
      Optional<Fix> fix =
          SHARED.contains(c.subcommand()) && ShellRules.isPlain(ctx, program)
              ? Optional.of(
                  Fix.safe(
                      "Replace apt with apt-get", TextEdit.insert(program.span().end(), "-get")))
              : Optional.empty();
      ShellRules.report(ctx, ShellRules.head(c), message, fix);
    }
  }
}
