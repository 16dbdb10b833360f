package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.ExecForm;
import dev.berth.dockerfile.model.Healthcheck;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Word;

/**
 * HEALTHCHECK is {@code NONE} alone or {@code CMD} followed by a command; BuildKit refuses any
 * other type, {@code NONE} with arguments and {@code CMD} without a command. The type is compared
 * case-insensitively. The timing flags are checked by FlagValueInvalid.
 */
@RuleInfo(
    id = "InvalidHealthcheck",
    name = "invalid-healthcheck",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "HEALTHCHECK takes NONE alone or CMD and a command.")
public final class InvalidHealthcheck implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      if (!(i instanceof Healthcheck h) || h.type().isEmpty()) {
        continue;
      }
      Word type = h.type().get();
      String upper = BuildkitSyntax.goUpper(type.text());
      boolean empty =
          h.command().isEmpty()
              || h.command().get() instanceof ExecForm e && e.elements().isEmpty();
      if (upper.equals("NONE")) {
        if (h.command().isPresent()) {
          ctx.report(h.command().get().span(), "HEALTHCHECK NONE takes no arguments; remove them");
        }
      } else if (upper.equals("CMD")) {
        if (empty) {
          ctx.report(type.span(), "HEALTHCHECK CMD has no command; write the check to run");
        }
      } else {
        ctx.report(
            type.span(),
            "'"
                + type.text()
                + "' is not a HEALTHCHECK type; write CMD followed by a command, or NONE");
      }
    }
  }
}
