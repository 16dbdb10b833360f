package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code restart} is {@code no}, {@code always}, {@code on-failure[:max-retries]} or {@code
 * unless-stopped}; {@code deploy.restart_policy.condition} is {@code none}, {@code on-failure} or
 * {@code any}. Neither the schema nor compose-go checks them; the Engine refuses other values when
 * it creates the container.
 */
@RuleInfo(
    id = "valid-restart-policy",
    name = "valid-restart-policy",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "restart must be no, always, on-failure[:n] or unless-stopped.")
public final class ValidRestartPolicy implements ComposeRule {
  private static final Pattern RESTART =
      Pattern.compile("no|always|unless-stopped|on-failure(:[0-9]+)?");
  private static final Pattern CONDITION = Pattern.compile("none|on-failure|any");

  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), List.of("services.*.restart"))) {
      ScalarNode s = (ScalarNode) h.node();
      if (!RESTART.matcher(s.value()).matches()) {
        ctx.report(
            s.span(),
            "Unknown restart policy "
                + NodePaths.quoted(s)
                + "; use no, always, on-failure, on-failure:N or unless-stopped");
      }
    }
    for (NodePaths.Hit h :
        NodePaths.strings(ctx.model(), List.of("services.*.deploy.restart_policy.condition"))) {
      ScalarNode s = (ScalarNode) h.node();
      if (!CONDITION.matcher(s.value()).matches()) {
        ctx.report(
            s.span(),
            "Unknown restart_policy condition "
                + NodePaths.quoted(s)
                + "; use none, on-failure or any");
      }
    }
  }
}
