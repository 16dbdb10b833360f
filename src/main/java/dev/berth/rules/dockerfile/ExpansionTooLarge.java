package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.LimitCodes;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * ARG and ENV values that expand past the expansion limit ({@code --max-expansion-size}, 1 MiB by
 * default), such as values that double at each step. Evaluation stops there, once per file.
 */
@RuleInfo(
    id = LimitCodes.EXPANSION_TOO_LARGE,
    name = "expansion-too-large",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "ARG and ENV values should not expand past the expansion size limit.")
public final class ExpansionTooLarge implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    // the file's environment, evaluated once for every rule that reads it, within the same limits
    ctx.environment().limit().ifPresent(l -> ctx.report(l.at(), l.message()));
  }
}
