package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts;

/**
 * {@code cd} in a RUN, where WORKDIR says the same for every later instruction. A {@code cd} in a
 * subshell, a command substitution or a script handed to another shell is left alone: it changes
 * the folder of those commands only, which is what it is for.
 */
@RuleInfo(
    id = "DL3003",
    name = "cd-in-run",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Use WORKDIR instead of cd to change the folder of later commands.")
public final class CdInRun implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellFacts.ShellRun run : ctx.shells().runs()) {
      if (run.onbuild()) {
        continue;
      }
      for (ShellCommand cmd : run.commands()) {
        if (cmd.is("cd") && !cmd.isNested() && cmd.program().isPresent()) {
          ctx.report(
              cmd.program().get().span(),
              "'cd' changes the folder for this RUN only; use WORKDIR, or run the commands that"
                  + " need the folder in a subshell: (cd dir && ...)");
        }
      }
    }
  }
}
