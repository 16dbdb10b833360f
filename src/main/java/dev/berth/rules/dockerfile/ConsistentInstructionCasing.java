package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Keyword;

/**
 * Instruction keywords should all be written in the case most of them use. As BuildKit does, the
 * keywords of the file's instructions are counted (FROM and ARG before it included, ONBUILD
 * triggers and heredoc bodies not): lower case wins only with more lower-case keywords than
 * upper-case ones, and every keyword in the other case or in mixed case is reported.
 */
@RuleInfo(
    id = "ConsistentInstructionCasing",
    name = "inconsistent-instruction-casing",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    summary = "Write every instruction keyword in the case most of them use.")
public final class ConsistentInstructionCasing implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    int lower = 0;
    int upper = 0;
    for (Instruction i : ctx.model().instructions()) {
      String text = i.keyword().text();
      if (Casing.isLower(text)) {
        lower++;
      } else if (Casing.isUpper(text)) {
        upper++;
      }
    }
    boolean majorityLower = lower > upper;
    for (Instruction i : ctx.model().instructions()) {
      Keyword k = i.keyword();
      if (Casing.isIn(k.text(), majorityLower)) {
        continue;
      }
      String wanted = Casing.recase(k.raw(), majorityLower);
      String message =
          "'"
              + k.text()
              + "' is not "
              + Casing.name(majorityLower)
              + " like most instructions in this file; write '"
              + Casing.recase(k.text(), majorityLower)
              + "'";
      if (Casing.lower(wanted).equals(Casing.lower(k.raw()))) {
        ctx.report(
            k.span(),
            message,
            Fix.safe("Write '" + wanted + "'", TextEdit.replace(k.span(), wanted)));
      } else {
        // BuildKit would read another keyword (ſ upper-cases to S, which lower-cases to s).
        ctx.report(k.span(), message);
      }
    }
  }
}
