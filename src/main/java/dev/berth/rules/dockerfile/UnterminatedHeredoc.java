package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Add;
import dev.berth.dockerfile.model.Copy;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;
import java.util.List;

/**
 * Every heredoc needs its terminator line, and a heredoc cannot be the destination of COPY or ADD.
 * The terminator check is part of the parser; this rule reports what the parser found and checks
 * destinations.
 */
@RuleInfo(
    id = ProblemCodes.UNTERMINATED_HEREDOC,
    name = "unterminated-heredoc",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Every heredoc needs its terminator line and cannot be a destination.")
public final class UnterminatedHeredoc implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      List<Word> args = List.of();
      if (i instanceof Copy c) {
        args = c.args();
      } else if (i instanceof Add a) {
        args = a.args();
      }
      if (args.size() < 2 || i.heredocs().isEmpty()) {
        continue;
      }
      Word dest = args.get(args.size() - 1);
      if (dest.text().startsWith("<<")) {
        ctx.report(
            dest.span(),
            i.keyword().text()
                + " cannot write to a heredoc; the last argument must be the destination path");
      }
    }
  }
}
