package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;

/**
 * A service without {@code security_opt: [no-new-privileges:true]}: setuid programs in the image
 * can still raise a process's privileges.
 */
@RuleInfo(
    id = "require-no-new-privileges",
    name = "require-no-new-privileges",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "Set no-new-privileges:true in every service's security_opt.")
public final class RequireNoNewPrivileges implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ServiceNodes.completeServices(ctx)) {
      boolean set =
          ServiceNodes.securityOptions(s).stream()
              .anyMatch(o -> o.equals("no-new-privileges") || o.equals("no-new-privileges:true"));
      if (!set) {
        ctx.report(
            s.key().site(),
            "Service '"
                + s.name().value()
                + "' lets setuid programs raise privileges; add 'no-new-privileges:true' to its"
                + " security_opt");
      }
    }
  }
}
