package dev.berth.rules.dockerfile;

import dev.berth.api.DockerfileContext;
import dev.berth.core.Problem;

/** Reports the problems the parser recorded under one rule id. */
final class ParserProblems {
  private ParserProblems() {}

  static void report(DockerfileContext ctx, String code) {
    for (Problem p : ctx.model().problems()) {
      if (p.code().equals(code)) {
        ctx.report(p.span(), p.message());
      }
    }
  }
}
