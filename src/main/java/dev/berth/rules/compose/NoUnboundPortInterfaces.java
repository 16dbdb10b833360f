package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A published port without a host IP: Docker binds it on every interface of the host, and its NAT
 * rules bypass host firewalls such as ufw. A host IP given as a variable counts as bound; an
 * explicit {@code 0.0.0.0} is a deliberate choice and is not reported.
 */
@RuleInfo(
    id = "no-unbound-port-interfaces",
    name = "no-unbound-port-interfaces",
    level = Level.WARNING,
    category = Category.SECURITY,
    summary = "Bind published ports to a host interface.")
public final class NoUnboundPortInterfaces implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (ServiceNodes.Service s : ServiceNodes.services(ctx)) {
      for (Ports.Port p : Ports.of(s)) {
        if (!p.hostIp().isEmpty()) {
          continue;
        }
        String who = "Service '" + s.name().value() + "' ";
        String message;
        if (p.longSyntax()) {
          message =
              who
                  + "publishes port "
                  + p.text()
                  + " on every interface of the host, past host firewalls; add host_ip:"
                  + " 127.0.0.1 (or host_ip: 0.0.0.0 when it must be public)";
        } else if (p.containerOnly()) {
          message =
              who
                  + "publishes container port "
                  + p.text()
                  + " on a random host port on every interface of the host; use expose when"
                  + " only other services need it, or bind it as '127.0.0.1::"
                  + p.text()
                  + "'";
        } else {
          message =
              who
                  + "publishes '"
                  + p.text()
                  + "' on every interface of the host, past host firewalls; bind it to one"
                  + " ('127.0.0.1:"
                  + p.text()
                  + "'), or write '0.0.0.0:"
                  + p.text()
                  + "' when it must be public";
        }
        ctx.report(p.site(), message);
      }
    }
  }
}
