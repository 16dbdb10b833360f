package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.Directive;

/**
 * Parser directive names ({@code # syntax=}, {@code # escape=}, {@code # check=}) are read in any
 * case, but written in lower case everywhere else. The fix writes the name in lower case.
 */
@RuleInfo(
    id = "DirectiveCasing",
    name = "directive-casing",
    level = Level.STYLE,
    category = Category.STYLE,
    fix = Fixability.ALWAYS,
    summary = "Write parser directive names in lower case.")
public final class DirectiveCasing implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Directive d : ctx.model().directives()) {
      String written = ctx.source().slice(d.nameSpan());
      String lower = Casing.lower(written);
      if (!written.equals(lower)) {
        ctx.report(
            d.nameSpan(),
            "Directive '" + written + "' is not lower case; write '" + lower + "'",
            Fix.safe("Write '" + lower + "'", TextEdit.replace(d.nameSpan(), lower)));
      }
    }
  }
}
