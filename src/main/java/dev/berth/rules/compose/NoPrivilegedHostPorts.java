package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import java.util.Optional;

/**
 * A published host port below 1024: such ports are reserved for the host's own services, and
 * binding them takes a privileged daemon.
 */
@RuleInfo(
    id = "no-privileged-host-ports",
    name = "no-privileged-host-ports",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "Publish services on host ports of 1024 and above.")
public final class NoPrivilegedHostPorts implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (ServiceNodes.Service s : ServiceNodes.services(ctx)) {
      for (Ports.Port p : Ports.of(s)) {
        Optional<Integer> port = p.lowestHostPort();
        if (port.isPresent() && port.get() > 0 && port.get() < 1024) {
          ctx.report(
              p.site(),
              "Service '"
                  + s.name().value()
                  + "' publishes privileged host port "
                  + port.get()
                  + ", one of the ports reserved for the host's own services; publish a port of"
                  + " 1024 or above and put a proxy in front if it must be "
                  + port.get());
        }
      }
    }
  }
}
