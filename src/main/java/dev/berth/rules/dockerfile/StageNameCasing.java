package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Word;

/**
 * A stage name with upper-case letters. BuildKit lower-cases stage names, so {@code AS Build} is
 * the stage {@code build}; writing it that way avoids the surprise. The fix lower-cases the name
 * where it is defined; references to it keep working as BuildKit compares them case-insensitively.
 */
@RuleInfo(
    id = "StageNameCasing",
    name = "stage-name-casing",
    level = Level.WARNING,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    summary = "Write stage names in lower case.")
public final class StageNameCasing implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (From f : ctx.model().instructions(From.class)) {
      if (f.stageName().isEmpty()) {
        continue;
      }
      Word name = f.stageName().get();
      String lower = GoText.toLower(name.text());
      if (lower.equals(name.text())) {
        continue;
      }
      String message = "Stage name '" + name.text() + "' should be lower case: '" + lower + "'";
      if (!name.raw().equals(name.text())) {
        ctx.report(name.span(), message);
        continue;
      }
      ctx.report(
          name.span(),
          message,
          Fix.safe("Write '" + lower + "'", TextEdit.replace(name.span(), lower)));
    }
  }
}
