package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Port;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;

/**
 * A short-syntax port Compose cannot read: an unknown protocol, a host IP that is not an address
 * (an IPv6 address must be in brackets), a port outside 0-65535 or not a number, host and container
 * ranges of different lengths, no container port. Ports with a variable are not judged.
 */
@RuleInfo(
    id = "valid-port-syntax",
    name = "valid-port-syntax",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "Short-syntax ports must be [IP:][HOST:]CONTAINER[/PROTOCOL].")
public final class ValidPortSyntax implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      for (Port p : s.ports()) {
        p.error().ifPresent(e -> ctx.report(e.span(), e.message()));
      }
    }
  }
}
