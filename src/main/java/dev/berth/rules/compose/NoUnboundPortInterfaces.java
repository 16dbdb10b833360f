package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Port;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
import java.util.List;

/**
 * A published port without a host IP: Docker binds it on every interface of the host, and its NAT
 * rules bypass host firewalls such as ufw. A host IP given as a variable ({@code ${BIND}:8080:80})
 * counts as bound; an explicit {@code 0.0.0.0} is a deliberate choice and is not reported.
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
    for (Service s : ctx.project().services()) {
      for (Port p : s.ports()) {
        String who = "Service '" + s.name().value() + "' ";
        if (p.longSyntax()) {
          if (p.hostIp().isEmpty()) {
            String port = p.published().or(p::target).map(SpannedText::value).orElse("?");
            ctx.report(
                p.node().site(),
                who
                    + "publishes port "
                    + port
                    + " on every interface of the host, past host firewalls; add host_ip:"
                    + " 127.0.0.1 (or host_ip: 0.0.0.0 when it must be public)");
          }
          continue;
        }
        if (!(p.node() instanceof ScalarNode n)) {
          continue;
        }
        String written = (ServiceNodes.interpolated(n) ? n.raw() : n.value()).trim();
        List<String> parts =
            ServiceNodes.splitOutsideBraces(
                ServiceNodes.splitOutsideBraces(written, '/').get(0), ':');
        if (parts.size() >= 3 || written.startsWith("[")) {
          continue;
        }
        String message;
        if (parts.size() == 1) {
          message =
              who
                  + "publishes container port "
                  + written
                  + " on a random host port on every interface of the host; use expose when"
                  + " only other services need it, or bind it as '127.0.0.1::"
                  + written
                  + "'";
        } else {
          message =
              who
                  + "publishes '"
                  + written
                  + "' on every interface of the host, past host firewalls; bind it to one"
                  + " ('127.0.0.1:"
                  + written
                  + "'), or write '0.0.0.0:"
                  + written
                  + "' when it must be public";
        }
        ctx.report(n.site(), message);
      }
    }
  }
}
