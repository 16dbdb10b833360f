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
    for (PortSpec p : PortSpec.all(ctx.model())) {
      String lower = p.proto().toLowerCase(Locale.ROOT);
      if (lower.equals(p.proto())) {
        continue;
      }
      Span span =
          BuildkitSyntax.inRaw(p.word(), p.protoStart(), p.protoStart() + p.proto().length());
      ctx.report(
          span,
          "Protocol '" + p.proto() + "' should be lower case: '" + lower + "'",
          Fix.safe("Write '" + lower + "'", TextEdit.replace(span, lower)));
    }
  }
}
