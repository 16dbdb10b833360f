package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts;
import dev.berth.dockerfile.shell.ShellWord;

/** {@code ln ... /bin/sh} in a RUN (ONBUILD triggers too): SHELL changes the shell of RUN. */
@RuleInfo(
    id = "DL4005",
    name = "ln-bin-sh",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Use SHELL to change the default shell, not ln to /bin/sh.")
public final class LnBinSh implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellFacts.ShellRun run : ctx.shells().runs()) {
      for (ShellCommand cmd : run.script().commands("ln")) {
        for (ShellWord w : cmd.arguments()) {
          if (w.value().equals("/bin/sh")) {
            ctx.report(
                w.span(),
                "Replacing /bin/sh changes the shell of every program in the image; to run RUN"
                    + " commands with another shell, use SHELL [\"/bin/bash\", \"-c\"]");
          }
        }
      }
    }
  }
}
