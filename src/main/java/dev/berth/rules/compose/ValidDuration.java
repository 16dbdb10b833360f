package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;

/**
 * Durations are numbers with units ({@code 30s}, {@code 1m30s}). compose-go refuses a number
 * without a unit, an unknown unit or any other text when it loads the file.
 */
@RuleInfo(
    id = "valid-duration",
    name = "valid-duration",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Durations must be numbers with units, such as 30s or 1m30s.")
public final class ValidDuration implements ComposeRule {
  private static final List<String> PATHS =
      List.of(
          "services.*.healthcheck.interval",
          "services.*.healthcheck.timeout",
          "services.*.healthcheck.start_period",
          "services.*.healthcheck.start_interval",
          "services.*.stop_grace_period",
          "services.*.deploy.update_config.delay",
          "services.*.deploy.update_config.monitor",
          "services.*.deploy.rollback_config.delay",
          "services.*.deploy.rollback_config.monitor",
          "services.*.deploy.restart_policy.delay",
          "services.*.deploy.restart_policy.window");

  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), PATHS)) {
      ScalarNode s = (ScalarNode) h.node();
      if (GoValues.isDuration(s.value())) {
        continue;
      }
      String hint =
          GoValues.isFloat(s.value())
              ? "a number needs a unit, e.g. '" + s.value() + "s'"
              : "use a number and a unit (us, ms, s, m, h), e.g. '30s' or '1m30s'";
      ctx.report(
          s.span(), "`" + h.dotted() + "` is not a duration: " + NodePaths.quoted(s) + "; " + hint);
    }
  }
}
