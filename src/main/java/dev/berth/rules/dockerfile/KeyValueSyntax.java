package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;

/**
 * Every pair of a multi-pair ENV or LABEL needs an equals sign. The check itself is part of the
 * parser; this rule reports what the parser found.
 */
@RuleInfo(
    id = ProblemCodes.KEY_VALUE_SYNTAX,
    name = "key-value-syntax",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Every pair of a multi-pair ENV or LABEL needs an equals sign.")
public final class KeyValueSyntax implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    ParserProblems.report(ctx, meta().id());
  }
}
