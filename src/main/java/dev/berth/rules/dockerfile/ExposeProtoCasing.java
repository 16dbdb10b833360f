package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.Expose;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Word;
import java.util.Locale;

/**
 * An EXPOSE protocol not in lower case ({@code 80/TCP}). It works, but the image records the port
 * as written and other tools compare it in lower case. The fix lower-cases the protocol.
 */
@RuleInfo(
    id = "ExposeProtoCasing",
    name = "expose-proto-casing",
    level = Level.WARNING,
    category = Category.STYLE,
    fix = Fixability.ALWAYS,
    summary = "Write EXPOSE protocols in lower case.")
public final class ExposeProtoCasing implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      if (!(i instanceof Expose e)) {
        continue;
      }
      for (Word w : e.ports()) {
        PortSpec.of(w)
            .filter(p -> !p.proto().equals(p.proto().toLowerCase(Locale.ROOT)))
            .ifPresent(
                p -> {
                  String lower = p.proto().toLowerCase(Locale.ROOT);
                  Span span =
                      BuildkitSyntax.inRaw(w, p.protoStart(), p.protoStart() + p.proto().length());
                  ctx.report(
                      span,
                      "Protocol '" + p.proto() + "' should be lower case: '" + lower + "'",
                      Fix.safe("Write '" + lower + "'", TextEdit.replace(span, lower)));
                });
      }
    }
  }
}
