package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Run;
import java.util.List;

/**
 * A RUN right after another RUN with the same flags, when each runs a single command: the two could
 * be one RUN and one layer. Comments between them do not count; any other instruction does. A RUN
 * with a heredoc is left alone (it is a script already, and often kept apart on purpose), and so is
 * a RUN of several commands. ONBUILD triggers are not checked.
 */
@RuleInfo(
    id = "DL3059",
    name = "consecutive-run",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "Join consecutive single-command RUN instructions.")
public final class ConsecutiveRun implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    List<Instruction> all = ctx.model().instructions();
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i) instanceof Run run
          && all.get(i - 1) instanceof Run previous
          && single(ctx, run)
          && single(ctx, previous)
          && texts(run.flags()).equals(texts(previous.flags()))) {
        int line = ctx.source().line(previous.span().start());
        ctx.report(
            run.keyword().span(),
            "This RUN and the one on line "
                + line
                + " run one command each; join them with && into one RUN (one layer)");
      }
    }
  }

  private static boolean single(DockerfileContext ctx, Run run) {
    return run.heredocs().isEmpty() && ctx.shell(run).commands().size() <= 1;
  }

  private static List<String> texts(List<Flag> flags) {
    return flags.stream().map(Flag::text).toList();
  }
}
