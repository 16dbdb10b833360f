package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.InstructionKind;
import dev.berth.dockerfile.model.Stage;
import java.util.List;
import java.util.Map;

/**
 * A stage with more than one CMD, ENTRYPOINT or HEALTHCHECK: only the last takes effect. As in
 * BuildKit, each overridden (earlier) one is reported, and the message names the line of the one
 * that wins. Findings carry hadolint's code for the instruction, DL4003 (CMD), DL4004 (ENTRYPOINT)
 * or DL3012 (HEALTHCHECK), which select and suppress them one by one; the rule's id covers all
 * three. A stage built on another starts afresh.
 */
@RuleInfo(
    id = "MultipleInstructionsDisallowed",
    name = "multiple-instructions-disallowed",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    codes = "DL3012|DL4003|DL4004",
    summary = "Write at most one CMD, ENTRYPOINT and HEALTHCHECK per stage.")
public final class MultipleInstructionsDisallowed implements DockerfileRule {
  private static final Map<InstructionKind, String> CODES =
      Map.of(
          InstructionKind.CMD, "DL4003",
          InstructionKind.ENTRYPOINT, "DL4004",
          InstructionKind.HEALTHCHECK, "DL3012");

  @Override
  public void check(DockerfileContext ctx) {
    for (Stage s : ctx.model().stages()) {
      for (Map.Entry<InstructionKind, String> e : CODES.entrySet()) {
        List<Instruction> all =
            s.instructions().stream().filter(i -> i.kind() == e.getKey()).toList();
        if (all.size() < 2) {
          continue;
        }
        Instruction last = all.get(all.size() - 1);
        for (Instruction i : all.subList(0, all.size() - 1)) {
          ctx.report(
              e.getValue(),
              meta().level(),
              i.keyword().span(),
              "This "
                  + e.getKey()
                  + " has no effect: the "
                  + e.getKey()
                  + " on line "
                  + ctx.source().line(last.span().start())
                  + " replaces it; remove one of them");
        }
      }
    }
  }
}
