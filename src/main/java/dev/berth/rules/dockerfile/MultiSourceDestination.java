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
import dev.berth.dockerfile.model.Transfer;
import dev.berth.dockerfile.model.Word;

/**
 * COPY or ADD with two or more sources fails unless the destination ends in {@code /} (a trailing
 * {@code \}, a Windows folder, counts too). A destination holding a variable is not judged. The fix
 * appends {@code /} to a destination written plainly.
 */
@RuleInfo(
    id = "DL3021",
    name = "multi-source-destination",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    fix = Fixability.SOMETIMES,
    summary = "With several sources, COPY and ADD need a destination ending in '/'.")
public final class MultiSourceDestination implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (Instruction i : Values.withTriggers(ctx.model())) {
      if (!(i instanceof Transfer t) || t.sources().size() < 2 || t.destination().isEmpty()) {
        continue;
      }
      Word dst = t.destination().get();
      String path = Values.unquoted(dst.text());
      if (path.indexOf('$') >= 0 || path.endsWith("/") || path.endsWith("\\")) {
        continue;
      }
      String separator =
          ctx.model().escape() != '\\' && path.indexOf('\\') >= 0 && path.indexOf('/') < 0
              ? "\\"
              : "/";
      String message =
          t.keyword().text()
              + " has "
              + t.sources().size()
              + " sources, so the destination must be a folder (ending in '/'): write "
              + path
              + separator;
      if (Values.isPlain(dst, ctx.model().escape())) {
        ctx.report(
            dst.span(),
            message,
            Fix.safe(
                "Append '" + separator + "' to the destination",
                TextEdit.insert(dst.span().end(), separator)));
      } else {
        ctx.report(dst.span(), message);
      }
    }
  }
}
