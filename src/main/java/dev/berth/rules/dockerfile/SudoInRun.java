package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.shell.ShellCommand;
import dev.berth.dockerfile.shell.ShellFacts;
import dev.berth.dockerfile.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;

/** {@code sudo} in a RUN (ONBUILD triggers too): USER says who runs the commands. */
@RuleInfo(
    id = "DL3004",
    name = "sudo-in-run",
    level = Level.ERROR,
    category = Category.SECURITY,
    summary = "Do not use sudo in RUN; switch users with USER.")
public final class SudoInRun implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (ShellFacts.ShellRun run : ctx.shells().runs()) {
      for (ShellCommand cmd : run.commands()) {
        List<ShellWord> sudo = new ArrayList<>();
        for (ShellWord w : cmd.wrappers()) {
          if (isSudo(w)) {
            sudo.add(w);
          }
        }
        if (cmd.is("sudo") && cmd.program().isPresent()) {
          sudo.add(cmd.program().get());
        }
        for (ShellWord w : sudo) {
          ctx.report(
              w.span(),
              "Do not use sudo: the build already runs as the current USER, and sudo makes the"
                  + " image depend on its configuration; set USER before the commands instead");
        }
      }
    }
  }

  private static boolean isSudo(ShellWord w) {
    String v = w.value();
    return v.equals("sudo") || v.endsWith("/sudo");
  }
}
