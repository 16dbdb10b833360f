package dev.berth.rules;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Rule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Instruction;
import java.util.List;

/**
 * Test-only rules with predictable findings, for suppression fixtures: berth has no hadolint DL
 * rule or experimental BuildKit check yet, and the suppression syntaxes need one of each.
 */
final class ProbeRules {
  private ProbeRules() {}

  static List<Rule> all() {
    return List.of(new Probe(), new ProbeExperimental());
  }

  /**
   * Reports every occurrence of the word {@code probe} in an instruction; id shaped like a hadolint
   * code.
   */
  @RuleInfo(
      id = "DL9001",
      name = "probe-instruction",
      aliases = {"ProbeAlias"},
      level = Level.WARNING,
      category = Category.BEST_PRACTICE,
      summary = "Test probe.")
  static final class Probe implements DockerfileRule {
    @Override
    public void check(DockerfileContext ctx) {
      report(ctx, "probe");
    }
  }

  /**
   * Reports every occurrence of {@code experiment}; an experimental BuildKit check by its alias,
   * off by default.
   */
  @RuleInfo(
      id = "ProbeExperimental",
      name = "probe-experimental",
      aliases = {"InvalidDefinitionDescription"},
      level = Level.WARNING,
      category = Category.BEST_PRACTICE,
      enabledByDefault = false,
      summary = "Test probe for an experimental check.")
  static final class ProbeExperimental implements DockerfileRule {
    @Override
    public void check(DockerfileContext ctx) {
      report(ctx, "experiment");
    }
  }

  static void report(DockerfileContext ctx, String word) {
    for (Instruction i : ctx.model().instructions()) {
      String text = ctx.source().slice(i.span());
      int at = text.indexOf(word);
      while (at >= 0) {
        int start =
            i.span().start()
                + text.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        ctx.report(new Span(start, start + word.length()), "found " + word);
        at = text.indexOf(word, at + word.length());
      }
    }
  }
}
