package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.parser.ProblemCodes;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * No blank line inside a continued instruction. The parser finds the blank lines; as BuildKit does,
 * this rule reports once per instruction, at the instruction's last line, and the message names the
 * first blank line.
 */
@RuleInfo(
    id = ProblemCodes.NO_EMPTY_CONTINUATION,
    name = "no-empty-continuation",
    level = Level.WARNING,
    category = Category.SYNTAX,
    summary = "No blank line inside a continued instruction.")
public final class NoEmptyContinuation implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    Set<Instruction> done = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Problem p : ctx.model().problems()) {
      if (!p.code().equals(meta().id())) {
        continue;
      }
      Instruction at = null;
      for (Instruction i : ctx.model().instructions()) {
        if (i.span().contains(p.span().start())) {
          at = i;
          break;
        }
      }
      if (at == null) {
        ctx.report(p.span(), p.message());
        continue;
      }
      if (!done.add(at)) {
        continue;
      }
      int lastLine = ctx.source().line(Math.max(at.span().start(), at.span().end() - 1));
      int start = ctx.source().lineStart(lastLine);
      byte[] b = ctx.source().bytes();
      while (start < at.span().end() && (b[start] == ' ' || b[start] == '\t')) {
        start++;
      }
      ctx.report(
          new Span(Math.max(start, at.span().start()), at.span().end()),
          "Empty continuation line (line "
              + ctx.source().line(p.span().start())
              + ") inside this instruction; remove the blank line, a future BuildKit treats it as"
              + " an error");
    }
  }
}
