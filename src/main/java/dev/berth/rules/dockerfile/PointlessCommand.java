package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts;
import dev.berth.dockerfile.shell.ShellWord;

/**
 * A RUN that runs an interactive or process-control program (an editor, {@code top}, {@code ssh},
 * {@code service}...), which does nothing useful while an image is built. ONBUILD triggers too.
 */
@RuleInfo(
    id = "DL3001",
    name = "pointless-command",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "Do not run interactive or process-control programs in RUN.")
public final class PointlessCommand implements DockerfileRule {
  private static final String[] PROGRAMS = {
    "free", "ifconfig", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"
  };

  @Override
  public void check(DockerfileContext ctx) {
    for (ShellFacts.ShellRun run : ctx.shells().runs()) {
      for (ShellCommand cmd : run.commands()) {
        if (cmd.is(PROGRAMS) && cmd.program().isPresent()) {
          ShellWord program = cmd.program().get();
          ctx.report(
              program.span(),
              "'"
                  + program.value()
                  + "' does nothing useful while an image is built; remove it from the RUN");
        }
      }
    }
  }
}
