package dev.berth.rules;

import dev.berth.api.RuleContext;
import dev.berth.core.Problem;
import java.util.List;

/**
 * Reports the problems a parser, loader or the suppression layer recorded under one rule id: the
 * whole body of every rule whose findings are found before rules run (Dockerfile parse errors,
 * compose load errors, suppression problems).
 */
public final class RecordedProblems {
  private RecordedProblems() {}

  public static void report(RuleContext ctx, List<Problem> problems, String code) {
    for (Problem p : problems) {
      if (p.code().equals(code)) {
        ctx.report(p.span(), p.message());
      }
    }
  }
}
