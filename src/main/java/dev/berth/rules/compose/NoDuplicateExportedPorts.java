package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.IpAddresses;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.NetworkMode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Port;
import dev.berth.compose.model.PortRange;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The same host port published twice for one protocol on overlapping addresses: the second
 * container cannot bind it. Ranges are expanded; no host IP binds every IPv4 and IPv6 address,
 * {@code 0.0.0.0} every IPv4 address and {@code ::} every IPv6 one, so {@code 0.0.0.0:80} and
 * {@code [::]:80} do not collide. Container-only ports, interpolated ports and services in profiles
 * that never run together are left alone.
 */
@RuleInfo(
    id = "no-duplicate-exported-ports",
    name = "no-duplicate-exported-ports",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "A host port must be published only once per protocol and address.")
public final class NoDuplicateExportedPorts implements ComposeRule {
  /** A published port range larger than this is not expanded (nobody publishes such ranges). */
  private static final int MAX_EXPANDED = 1024;

  private record Binding(Service service, Port port, String address) {}

  @Override
  public void check(ComposeContext ctx) {
    Map<String, List<Binding>> byPort = new HashMap<>();
    for (Service s : ctx.project().services()) {
      if (s.networkMode()
          .filter(m -> m.shared() || m.kind() == NetworkMode.Kind.HOST)
          .isPresent()) {
        continue; // host: nothing is published; service: and container: cannot publish
      }
      for (Port port : s.ports()) {
        Optional<PortRange> range = port.publishedRange();
        if (range.isEmpty() || range.get().size() > MAX_EXPANDED || interpolated(port)) {
          continue;
        }
        Binding b = new Binding(s, port, port.hostAddress().orElse(""));
        for (int p = range.get().start(); p <= range.get().end(); p++) {
          List<Binding> same =
              byPort.computeIfAbsent(port.protocol() + "/" + p, k -> new ArrayList<>());
          Binding clash = null;
          for (Binding o : same) {
            if (o.port() != port
                && overlap(o.address(), b.address())
                && References.together(o.service(), s)) {
              clash = o;
              break;
            }
          }
          same.add(b);
          if (clash != null) {
            report(ctx, b, clash, p);
            break;
          }
        }
      }
    }
  }

  private static boolean interpolated(Port port) {
    Node n =
        port.longSyntax() ? ((MapNode) port.node()).get("published").orElse(null) : port.node();
    return n instanceof ScalarNode && ((ScalarNode) n).raw().contains("$");
  }

  /** Whether two host addresses (empty: all) can both bind the same port only by conflict. */
  private static boolean overlap(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
      return true;
    }
    boolean v6a = IpAddresses.isIpv6(a);
    boolean v6b = IpAddresses.isIpv6(b);
    if (v6a != v6b) {
      return false;
    }
    String any = v6a ? "::" : "0.0.0.0";
    return a.equals(any) || b.equals(any);
  }

  private static void report(ComposeContext ctx, Binding b, Binding first, int port) {
    String where =
        first.service() == b.service()
            ? "earlier in the same service"
            : "by service '" + first.service().name().value() + "'";
    ctx.report(
        b.port().published().get().span(),
        "host port "
            + port
            + "/"
            + b.port().protocol()
            + " of service '"
            + b.service().name().value()
            + "' is already published "
            + where
            + " (line "
            + References.line(ctx, first.port().published().get().span())
            + "), so this container cannot bind it; publish another host port");
  }
}
