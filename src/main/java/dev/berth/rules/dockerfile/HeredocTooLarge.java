package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LimitCodes;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Heredoc;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Onbuild;

/**
 * A heredoc body larger than the limit ({@code --max-heredoc-size}, 1 MiB by default). The body is
 * still parsed, so that the instructions after it are where BuildKit finds them.
 */
@RuleInfo(
    id = LimitCodes.HEREDOC_TOO_LARGE,
    name = "heredoc-too-large",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "A heredoc body should not be larger than the heredoc size limit.")
public final class HeredocTooLarge implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    int max = ctx.settings().maxHeredocBytes();
    for (Instruction top : ctx.model().instructions()) {
      Instruction i = top;
      while (i instanceof Onbuild o && o.trigger().isPresent()) {
        i = o.trigger().get();
      }
      for (Heredoc h : i.heredocs()) {
        int size = h.body().length();
        if (size > max) {
          ctx.report(
              h.operator().span(),
              "This heredoc's body is "
                  + size
                  + " bytes, over the "
                  + max
                  + "-byte limit; move the content into a file in the build context and COPY it"
                  + " (or raise the limit with --max-heredoc-size)");
        }
      }
    }
  }
}
