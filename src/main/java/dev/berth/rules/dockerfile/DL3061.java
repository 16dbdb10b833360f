package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.InstructionKind;

/**
 * Only ARG may come before the first FROM; BuildKit refuses any other instruction there, as no
 * stage exists yet for it to act on. A fragment with no FROM at all is EmptyDockerfile's.
 */
@RuleInfo(
    id = "DL3061",
    name = "instruction-before-from",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Only ARG may come before the first FROM.")
public final class DL3061 implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : ctx.model().preamble()) {
      if (!(i instanceof Arg) && i.kind() != InstructionKind.UNKNOWN) {
        ctx.report(
            i.keyword().span(),
            i.keyword().text()
                + " comes before the first FROM, where only ARG may stand; move it into a stage");
      }
    }
  }
}
