package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.Locale;

/**
 * {@code wget} without an option that controls its progress output: in a build log, its default bar
 * becomes thousands of lines. ONBUILD triggers too. The fix adds {@code --progress=dot:giga} after
 * {@code wget}; it is safe unless the stage's base image may carry BusyBox's wget (alpine,
 * busybox), which does not know the option.
 */
@RuleInfo(
    id = "DL3047",
    name = "wget-progress",
    level = Level.INFO,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    summary = "Give wget a progress option so that build logs stay short.")
public final class WgetProgress implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageParents parents = null;
    for (ShellFacts.ShellRun run : ctx.shells().runs()) {
      for (ShellCommand cmd : run.script().commands("wget")) {
        if (quiet(cmd) || cmd.program().isEmpty()) {
          continue;
        }
        ShellWord wget = cmd.program().get();
        String message =
            "wget prints a progress bar that fills the build log; add --progress=dot:giga"
                + " (or -q / -nv)";
        boolean literal = wget.raw().equals(wget.value()) && !wget.isSplit();
        if (!literal || run.run().command().orElse(null) instanceof ExecForm) {
          ctx.report(wget.span(), message);
          continue;
        }
        TextEdit edit = TextEdit.insert(wget.span().end(), " --progress=dot:giga");
        if (parents == null) {
          parents = StageParents.of(ctx.model());
        }
        String title = "Add --progress=dot:giga";
        ctx.report(
            wget.span(),
            message,
            mayBeBusybox(parents, run)
                ? Fix.unsafe(title + " (BusyBox wget refuses it)", edit)
                : Fix.safe(title, edit));
      }
    }
  }

  private static boolean quiet(ShellCommand cmd) {
    if (cmd.hasOption("--progress", "-q", "--quiet", "-o", "--output-file", "-a")
        || cmd.hasOption("--append-output", "--no-verbose", "-nv")) {
      return true;
    }
    for (ShellWord w : cmd.args()) {
      if (w.value().equals("-nv")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the base image of the RUN's stage may be alpine or busybox, or is not known. */
  private static boolean mayBeBusybox(StageParents parents, ShellFacts.ShellRun run) {
    if (run.stage().isEmpty()) {
      return true;
    }
    String image = parents.baseImage(run.stage().get()).toLowerCase(Locale.ROOT);
    return image.isEmpty()
        || image.contains("$")
        || image.contains("alpine")
        || image.contains("busybox");
  }
}
