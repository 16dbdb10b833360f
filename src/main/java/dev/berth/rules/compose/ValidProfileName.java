package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;

/**
 * The Compose Specification gives profile names the form {@code [a-zA-Z0-9][a-zA-Z0-9_.-]+}; a name
 * with spaces, commas or other characters cannot be given to {@code --profile} or {@code
 * COMPOSE_PROFILES} reliably.
 */
@RuleInfo(
    id = "valid-profile-name",
    name = "valid-profile-name",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Profile names must match [a-zA-Z0-9][a-zA-Z0-9_.-]+.")
public final class ValidProfileName implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), List.of("services.*.profiles[]"))) {
      ScalarNode s = (ScalarNode) h.node();
      if (!ServiceContainerNameRegex.NAME.matcher(s.value()).matches()) {
        ctx.report(
            s.span(),
            "Profile name "
                + NodePaths.quoted(s)
                + " is not valid: use letters, digits, '_', '.' and '-', starting with a letter"
                + " or digit, at least two characters");
      }
    }
  }
}
