package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Fields that hold an IP address or a subnet: a port's {@code host_ip}, a service's static {@code
 * ipv4_address}/{@code ipv6_address} and {@code link_local_ips} on a network, {@code dns} servers,
 * and a network's IPAM {@code subnet}, {@code ip_range}, {@code gateway} and {@code aux_addresses}.
 * compose-go checks only {@code host_ip}; the Engine refuses the others when it creates the network
 * or the container.
 */
@RuleInfo(
    id = "valid-ip-address",
    name = "valid-ip-address",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "IP address and subnet fields must hold a valid address or CIDR subnet.")
public final class ValidIpAddress implements ComposeRule {
  private record Field(List<String> paths, Predicate<String> valid, String expected) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field(
              List.of(
                  "services.*.ports[].host_ip",
                  "services.*.networks.*.link_local_ips[]",
                  "services.*.dns",
                  "services.*.dns[]",
                  "networks.*.ipam.config[].gateway",
                  "networks.*.ipam.config[].aux_addresses.*"),
              GoValues::isIp,
              "an IP address"),
          new Field(
              List.of("services.*.networks.*.ipv4_address"), GoValues::isIpv4, "an IPv4 address"),
          new Field(
              List.of("services.*.networks.*.ipv6_address"), GoValues::isIpv6, "an IPv6 address"),
          new Field(
              List.of("networks.*.ipam.config[].subnet", "networks.*.ipam.config[].ip_range"),
              GoValues::isCidr,
              "a subnet in CIDR form, e.g. 172.28.0.0/16"));

  /** Every field's paths, in order, walked at once. */
  private static final List<String> ALL_PATHS = allPaths();

  private static List<String> allPaths() {
    List<String> out = new ArrayList<>();
    for (Field f : FIELDS) {
      out.addAll(f.paths());
    }
    return List.copyOf(out);
  }

  @Override
  public void check(ComposeContext ctx) {
    List<List<NodePaths.Hit>> found = NodePaths.compile(ALL_PATHS).find(ctx.model().root());
    int from = 0;
    for (Field f : FIELDS) {
      int to = from + f.paths().size();
      List<NodePaths.Hit> hits = NodePaths.strings(ctx.model(), found, from, to);
      from = to;
      for (NodePaths.Hit h : hits) {
        ScalarNode s = (ScalarNode) h.node();
        if (!f.valid().test(s.value())) {
          ctx.report(
              s.span(),
              "`" + h.dotted() + "` must be " + f.expected() + ", got " + NodePaths.quoted(s));
        }
      }
    }
  }
}
