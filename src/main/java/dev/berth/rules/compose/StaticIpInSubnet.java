package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.IpAddresses;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Resource;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceNetwork;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A static {@code ipv4_address} or {@code ipv6_address} on a network whose {@code ipam.config} has
 * no subnet of that family containing it. The Engine assigns static addresses only on networks with
 * a user-configured subnet, and only inside it. External networks, and networks whose IPAM uses a
 * custom driver, are not judged.
 */
@RuleInfo(
    id = "static-ip-in-subnet",
    name = "static-ip-in-subnet",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "A static IP address must lie in a subnet of its network's ipam.config.")
public final class StaticIpInSubnet implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    Project p = ctx.project();
    for (Service s : p.services()) {
      for (ServiceNetwork n : s.networks()) {
        Resource r = p.networks().get(n.name().value());
        if (r == null || r.external()) {
          continue;
        }
        n.ipv4Address().ifPresent(a -> check(ctx, s, n, r, a, false));
        n.ipv6Address().ifPresent(a -> check(ctx, s, n, r, a, true));
      }
    }
  }

  private static void check(
      ComposeContext ctx,
      Service s,
      ServiceNetwork n,
      Resource r,
      SpannedText address,
      boolean v6) {
    String a = address.value();
    if (v6 ? !IpAddresses.isIpv6(a) : !IpAddresses.isIpv4(a)) {
      return; // not an address: another rule's business
    }
    Optional<MapNode> ipam =
        r.get("ipam").filter(MapNode.class::isInstance).map(MapNode.class::cast);
    if (ipam.flatMap(i -> i.get("driver")).filter(d -> !isDefault(d)).isPresent()) {
      return;
    }
    List<String> subnets = new ArrayList<>();
    for (Node c : items(ipam.flatMap(i -> i.get("config")))) {
      if (c instanceof MapNode) {
        ((MapNode) c)
            .get("subnet")
            .filter(ScalarNode.class::isInstance)
            .map(x -> ((ScalarNode) x).value())
            .filter(x -> x.contains(":") == v6)
            .ifPresent(subnets::add);
      }
    }
    for (String subnet : subnets) {
      Optional<Boolean> inside = contains(subnet, a);
      if (inside.isEmpty() || inside.get()) {
        return;
      }
    }
    String family = v6 ? "IPv6" : "IPv4";
    String message =
        subnets.isEmpty()
            ? "network '"
                + n.name().value()
                + "' has no "
                + family
                + " subnet in ipam.config, so the Engine cannot give service '"
                + s.name().value()
                + "' the static address "
                + a
                + "; add ipam: {config: [{subnet: ...}]} to the network"
            : "static address "
                + a
                + " of service '"
                + s.name().value()
                + "' is outside the subnets of network '"
                + n.name().value()
                + "' ("
                + String.join(", ", subnets)
                + "); pick an address inside one of them";
    ctx.report(address.span(), message);
  }

  private static boolean isDefault(Node driver) {
    return driver instanceof ScalarNode && ((ScalarNode) driver).value().equals("default");
  }

  private static List<Node> items(Optional<Node> n) {
    return n.filter(SeqNode.class::isInstance).map(x -> ((SeqNode) x).items()).orElse(List.of());
  }

  /** Whether a CIDR subnet contains an address; empty when the subnet cannot be read. */
  static Optional<Boolean> contains(String cidr, String address) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String net = cidr.substring(0, slash);
    if (!IpAddresses.isIp(net) || !IpAddresses.isIp(address)) {
      return Optional.empty();
    }
    int bits;
    try {
      bits = Integer.parseInt(cidr.substring(slash + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    byte[] n;
    byte[] x;
    try {
      n = InetAddress.getByName(net).getAddress();
      x = InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    if (n.length != x.length || bits < 0 || bits > n.length * 8) {
      return Optional.empty();
    }
    for (int i = 0; i < bits; i++) {
      int mask = 0x80 >> (i % 8);
      if ((n[i / 8] & mask) != (x[i / 8] & mask)) {
        return Optional.of(false);
      }
    }
    return Optional.of(true);
  }
}
