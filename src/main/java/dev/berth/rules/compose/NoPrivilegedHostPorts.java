package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Port;
import dev.berth.compose.model.PortRange;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

/**
 * A published host port below 1024: such ports are reserved for the host's own services, and
 * binding them takes a privileged daemon. A port given by a variable is not reported.
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
    for (Service s : ctx.project().services()) {
      for (Port p : s.ports()) {
        Optional<PortRange> range = p.publishedRange();
        if (range.isEmpty() || written(p.node()).map(ServiceNodes::interpolated).orElse(true)) {
          continue;
        }
        int port = range.get().start();
        if (port > 0 && port < 1024) {
          ctx.report(
              ServiceNodes.at(p.node(), p.published().get().span()),
              "Service '"
                  + s.name().value()
                  + "' publishes privileged host port "
                  + port
                  + ", one of the ports reserved for the host's own services; publish a port of"
                  + " 1024 or above and put a proxy in front if it must be "
                  + port);
        }
      }
    }
  }

  /** The scalar the host port is written in: the short syntax, or the long syntax's published. */
  private static Optional<ScalarNode> written(Node port) {
    if (port instanceof MapNode m) {
      return m.get("published").flatMap(ServiceNodes::scalar);
    }
    return ServiceNodes.scalar(port);
  }
}
