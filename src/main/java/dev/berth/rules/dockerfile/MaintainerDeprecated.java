package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Fixability;
import dev.berth.api.RuleInfo;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.dockerfile.model.Maintainer;
import dev.berth.dockerfile.model.Word;
import java.util.Optional;

/**
 * MAINTAINER is deprecated; a {@code maintainer} label says the same. The fix rewrites the
 * instruction as {@code LABEL maintainer="..."} with the text taken literally (quotes, {@code $}
 * and the escape character escaped), keeping a lower-case keyword lower case. A MAINTAINER whose
 * text is continued over several lines, or holds bytes that are not UTF-8, is reported without a
 * fix.
 */
@RuleInfo(
    id = "DL4000",
    name = "maintainer-deprecated",
    level = Level.WARNING,
    category = Category.STYLE,
    fix = Fixability.SOMETIMES,
    aliases = {"MaintainerDeprecated"},
    summary = "Use LABEL maintainer=... instead of the deprecated MAINTAINER.")
public final class MaintainerDeprecated implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Maintainer m : ctx.model().instructions(Maintainer.class)) {
      String label = Casing.isLower(m.keyword().text()) ? "label" : "LABEL";
      Optional<Word> argument = m.argument();
      if (argument.isEmpty()) {
        ctx.report(
            m.span(), "MAINTAINER is deprecated; write " + label + " maintainer=\"NAME <EMAIL>\"");
        continue;
      }
      Word text = argument.get();
      String pair = "maintainer=" + Quoting.literal(text.text(), ctx.model().escape());
      String message = "MAINTAINER is deprecated; write " + label + " " + pair + " instead";
      if (!m.flags().isEmpty()
          || Quoting.spansLines(text.raw())
          || Quoting.hasInvalidUtf8(text.raw())) {
        ctx.report(m.span(), message);
        continue;
      }
      ctx.report(
          m.span(),
          message,
          Fix.safe(
              "Replace MAINTAINER with " + label + " " + pair,
              TextEdit.replace(m.keyword().span(), label),
              TextEdit.replace(text.span(), pair)));
    }
  }
}
