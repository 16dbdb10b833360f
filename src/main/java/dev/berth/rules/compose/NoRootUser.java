package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

/** {@code user: root}, {@code 0} or {@code 0:0}: the service's processes run as root. */
@RuleInfo(
    id = "no-root-user",
    name = "no-root-user",
    level = Level.INFO,
    category = Category.SECURITY,
    summary = "Do not run a service's processes as root.")
public final class NoRootUser implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<ScalarNode> user = s.nonNull("user");
      if (user.isEmpty() || ServiceNodes.interpolated(user.get())) {
        continue;
      }
      String name = ServiceNodes.lower(user.get()).split(":", 2)[0];
      if (name.equals("root") || name.equals("0")) {
        ctx.report(
            user.get().site(),
            "Service '"
                + s.name().value()
                + "' runs as root: a flaw in it is root's flaw, one step from the host; run it"
                + " as an unprivileged user (user: \"1000:1000\")");
      }
    }
  }
}
