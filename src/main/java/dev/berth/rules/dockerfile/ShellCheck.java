package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.ExternalTool;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleInfo;
import dev.berth.api.ShellOverride;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.shellcheck.ShellCheckBatcher;
import dev.berth.shellcheck.ShellCheckCache;
import dev.berth.shellcheck.ShellCheckComment;
import dev.berth.shellcheck.ShellCheckRun;
import java.util.List;
import java.util.Optional;

/**
 * Runs ShellCheck over what the shell runs in a Dockerfile (see {@link ShellCheckScripts}) and
 * reports each of its comments under ShellCheck's own code ({@code SC2086}) and level, at the exact
 * span in the Dockerfile. ShellCheck runs beside the other rules, one process for the scripts of
 * one or several files (see {@link ShellCheckBatcher}), with its results cached. Runs only when the
 * settings name a {@code shellcheck} program; when ShellCheck cannot be run, times out or prints
 * something unreadable, one finding of this rule's own id says so at the first RUN checked.
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
    start(ctx).ifPresent(Started::finish);
  }

  /**
   * Hands the file's scripts to the {@link ShellCheckBatcher}, which builds them and runs
   * ShellCheck beside the other rules (with the scripts of other files, when there are); {@link
   * Started#finish} reports the comments.
   */
  @Override
  public Optional<Started> start(DockerfileContext ctx) {
    Optional<ExternalTool> tool = ctx.settings().shellcheck();
    if (tool.isEmpty()) {
      return Optional.empty();
    }
    Dockerfile model = ctx.model();
    List<ShellOverride> overrides = ctx.shellOverrides();
    ShellCheckBatcher.Ticket<List<ShellCheckScripts.Unit>> ticket =
        ShellCheckBatcher.shared(tool.get().processes())
            .submit(
                tool.get().executable(),
                tool.get().timeout(),
                ShellCheckCache.at(tool.get().cacheFolder()),
                () -> ShellCheckScripts.of(model, overrides),
                units -> units.stream().map(u -> u.script().text()).toList());
    return Optional.of(
        new Started() {
          @Override
          public void finish() {
            report(ctx, ticket.prepared(), ticket.run());
          }

          @Override
          public void cancel() {
            ticket.cancel();
          }
        });
  }

  private static void report(
      DockerfileContext ctx, List<ShellCheckScripts.Unit> units, ShellCheckRun run) {
    if (units.isEmpty()) {
      return;
    }
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
