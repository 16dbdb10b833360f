package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Onbuild;

/**
 * ONBUILD may not trigger ONBUILD, FROM or MAINTAINER. The trigger keyword is upper-cased with Go's
 * rules, as BuildKit compares it.
 */
@RuleInfo(
    id = "DL3043",
    name = "forbidden-onbuild-trigger",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "ONBUILD may not trigger ONBUILD, FROM or MAINTAINER.")
public final class DL3043 implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      if (!(i instanceof Onbuild o) || o.trigger().isEmpty()) {
        continue;
      }
      Instruction t = o.trigger().get();
      String upper = BuildkitSyntax.goUpper(t.keyword().text());
      if (upper.equals("ONBUILD")) {
        ctx.report(
            t.keyword().span(),
            "ONBUILD cannot trigger another ONBUILD; put the instruction directly after"
                + " one ONBUILD");
      } else if (upper.equals("FROM") || upper.equals("MAINTAINER")) {
        ctx.report(
            t.keyword().span(),
            upper + " is not allowed as an ONBUILD trigger; remove it from the ONBUILD");
      }
    }
  }
}
