package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Shell;

/**
 * SHELL takes a JSON array of strings naming the shell and its options, {@code ["/bin/bash",
 * "-c"]}; BuildKit refuses the shell form and an empty array. An array holding something other than
 * strings is ExecFormNotStrings's.
 */
@RuleInfo(
    id = "ShellNotJson",
    name = "shell-not-json",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "SHELL takes a non-empty JSON array of strings.")
public final class ShellNotJson implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      if (!(i instanceof Shell s) || s.command().isEmpty()) {
        continue;
      }
      if (!(s.command().get() instanceof ExecForm e)) {
        ctx.report(
            s.command().get().span(),
            "SHELL needs a JSON array; write [\"/bin/sh\", \"-c\"] with the shell you want");
      } else if (e.elements().isEmpty()) {
        ctx.report(e.span(), "SHELL has an empty array; name the shell, [\"/bin/sh\", \"-c\"]");
      }
    }
  }
}
