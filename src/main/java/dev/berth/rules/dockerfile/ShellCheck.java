package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.ExternalTool;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.shellcheck.ShellCheckComment;
import dev.berth.shellcheck.ShellCheckProcess;
import dev.berth.shellcheck.ShellCheckRun;
import java.util.List;
import java.util.Optional;

/**
 * Runs ShellCheck over what the shell runs in a Dockerfile (see {@link ShellCheckScripts}) and
 * reports each of its comments under ShellCheck's own code ({@code SC2086}) and level, at the exact
 * span in the Dockerfile. One {@code shellcheck} process checks every script of the file. Runs only
 * when the settings name a {@code shellcheck} program; when ShellCheck cannot be run, times out or
 * prints something unreadable, one finding of this rule's own id says so at the first RUN checked.
 */
@RuleInfo(
    id = "ShellCheck",
    name = "shellcheck",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    codes = "SC[0-9]{4}",
    summary = "Shell commands in RUN should pass ShellCheck.")
public final class ShellCheck implements DockerfileRule {
  @Override
  public boolean runsWith(LintSettings settings) {
    return settings.shellcheck().isPresent();
  }

  @Override
  public void check(DockerfileContext ctx) {
    Optional<ExternalTool> tool = ctx.settings().shellcheck();
    if (tool.isEmpty()) {
      return;
    }
    List<ShellCheckScripts.Unit> units = ShellCheckScripts.of(ctx.model(), ctx.shellOverrides());
    if (units.isEmpty()) {
      return;
    }
    ShellCheckRun run =
        ShellCheckProcess.run(
            tool.get().executable(),
            tool.get().timeout(),
            units.stream().map(u -> u.script().text()).toList());
    if (run.failure().isPresent()) {
      ctx.report(units.get(0).run().keyword().span(), run.failure().get());
      return;
    }
    for (ShellCheckComment c : run.comments()) {
      if (c.script() >= units.size() || c.code() < 1000 || c.code() > 9999) {
        continue;
      }
      Optional<Span> span =
          units.get(c.script()).script().span(c.line(), c.column(), c.endLine(), c.endColumn());
      if (span.isPresent()) {
        ctx.report("SC" + c.code(), level(c.level()), span.get(), c.message());
      }
    }
  }

  /** ShellCheck's four levels are berth's; anything else counts as a warning. */
  private static Level level(String shellcheck) {
    try {
      return Level.parse(shellcheck);
    } catch (IllegalArgumentException e) {
      return Level.WARNING;
    }
  }
}
