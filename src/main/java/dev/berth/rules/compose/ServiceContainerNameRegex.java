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
 * The Engine accepts container names of letters, digits, {@code _}, {@code .} and {@code -} that
 * start with a letter or digit. The schema's pattern is not anchored, so {@code my app!} passes it;
 * this rule checks the whole name. A name with no valid part at all is the schema's to report.
 */
@RuleInfo(
    id = "service-container-name-regex",
    name = "service-container-name-regex",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    aliases = {"service-container-name-convention"},
    summary = "container_name must match [a-zA-Z0-9][a-zA-Z0-9_.-]+.")
public final class ServiceContainerNameRegex implements ComposeRule {
  static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");

  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), List.of("services.*.container_name"))) {
      ScalarNode s = (ScalarNode) h.node();
      // matches() first: a valid name, the usual case, then costs one matcher
      if (!NAME.matcher(s.value()).matches() && NAME.matcher(s.value()).find()) {
        ctx.report(
            s.span(),
            "Container name "
                + NodePaths.quoted(s)
                + " is not valid: use letters, digits, '_', '.' and '-', starting with a letter"
                + " or digit");
      }
    }
  }
}
