package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Word;

/**
 * A stage name must start with a letter and hold only letters, digits, {@code -}, {@code _} and
 * {@code .}; BuildKit lower-cases it first, then refuses the build otherwise.
 */
@RuleInfo(
    id = "InvalidStageName",
    name = "invalid-stage-name",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "A stage name starts with a letter and holds only letters, digits, -, _ and '.'.")
public final class InvalidStageName implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (From f : ctx.model().instructions(From.class)) {
      if (f.stageName().isEmpty()) {
        continue;
      }
      Word name = f.stageName().get();
      if (!BuildkitSyntax.STAGE_NAME.matcher(GoText.toLower(name.text())).matches()) {
        ctx.report(
            name.span(),
            "'"
                + name.text()
                + "' is not a valid stage name; start with a letter and use only letters, digits,"
                + " '-', '_' and '.'");
      }
    }
  }
}
