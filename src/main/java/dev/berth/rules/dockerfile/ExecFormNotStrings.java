package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;

/**
 * A JSON-form argument list may hold only strings. The check itself is part of the parser; this
 * rule reports what the parser found.
 */
@RuleInfo(
    id = ProblemCodes.EXEC_FORM_NOT_STRINGS,
    name = "exec-form-not-strings",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "A JSON-form argument list may hold only strings.")
public final class ExecFormNotStrings implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
  }
}
