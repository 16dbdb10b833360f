package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.core.Problem;

/**
 * Reports the problems the compose loader, interpolator or validator recorded under one rule id.
 */
final class LoaderProblems {
  private LoaderProblems() {}

  static void report(ComposeContext ctx, String code) {
    for (Problem p : ctx.model().problems()) {
      if (p.code().equals(code)) {
        ctx.report(p.span(), p.message());
      }
    }
  }
}
