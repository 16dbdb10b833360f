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
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.From;

/**
 * {@code FROM --platform=$TARGETPLATFORM} asks for the platform the stage gets anyway. The fix
 * removes the flag.
 */
@RuleInfo(
    id = "DL3065",
    name = "redundant-target-platform",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    fix = Fixability.ALWAYS,
    aliases = {"RedundantTargetPlatform"},
    summary = "Do not write --platform=$TARGETPLATFORM; it is the default.")
public final class DL3065 implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (From f : ctx.model().instructions(From.class)) {
      for (Flag fl : f.flags()) {
        String v = fl.value().orElse("");
        if (!fl.name().equals("platform")
            || !(v.equals("$TARGETPLATFORM") || v.equals("${TARGETPLATFORM}"))) {
          continue;
        }
        int end = fl.span().end();
        byte[] b = ctx.source().bytes();
        while (end < b.length && (b[end] == ' ' || b[end] == '\t')) {
          end++;
        }
        ctx.report(
            fl.span(),
            "--platform=" + v + " is the default platform of every stage; remove it",
            Fix.unsafe("Remove --platform", TextEdit.delete(new Span(fl.span().start(), end))));
      }
    }
  }
}
