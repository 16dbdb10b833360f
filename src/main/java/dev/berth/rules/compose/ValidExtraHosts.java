package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.List;

/**
 * {@code extra_hosts} entries map a host name to an IP address: {@code host=ip} (or {@code
 * host:ip}) in the list form, {@code host: ip} in the mapping form. compose-go refuses an entry
 * without an address; the Engine refuses an address that is neither an IP nor {@code host-gateway}.
 */
@RuleInfo(
    id = "valid-extra-hosts",
    name = "valid-extra-hosts",
    level = Level.ERROR,
    category = Category.SYNTAX,
    summary = "extra_hosts entries must be a host name and an IP address (or host-gateway).")
public final class ValidExtraHosts implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (NodePaths.Hit h : NodePaths.strings(ctx.model(), List.of("services.*.extra_hosts[]"))) {
      ScalarNode s = (ScalarNode) h.node();
      String v = s.value();
      int eq = v.indexOf('=');
      int cut = eq >= 0 ? eq : v.indexOf(':');
      if (cut < 0 || cut == v.length() - 1) {
        ctx.report(
            s.span(),
            "extra_hosts entry "
                + NodePaths.quoted(s)
                + " has no IP address; write 'host=ip', e.g. 'db.local=10.0.0.5'");
        continue;
      }
      checkHost(ctx, s, v.substring(0, cut));
      checkAddress(ctx, s, v.substring(cut + 1));
    }
    for (NodePaths.Hit h : NodePaths.find(ctx.model().root(), "services.*.extra_hosts.*")) {
      h.entry().ifPresent(e -> checkHost(ctx, e.key(), e.key().value()));
    }
    for (NodePaths.Hit h :
        NodePaths.strings(
            ctx.model(), List.of("services.*.extra_hosts.*", "services.*.extra_hosts.*[]"))) {
      ScalarNode s = (ScalarNode) h.node();
      checkAddress(ctx, s, s.value());
    }
  }

  private static void checkHost(ComposeContext ctx, ScalarNode s, String host) {
    if (host.isEmpty() || host.chars().anyMatch(c -> c == ':' || c == '=' || c <= ' ')) {
      ctx.report(
          s.span(),
          "extra_hosts: bad host name '"
              + host
              + "'; a host name cannot be empty or hold ':', '=' or spaces");
    }
  }

  private static void checkAddress(ComposeContext ctx, ScalarNode s, String address) {
    String ip =
        address.startsWith("[") && address.endsWith("]")
            ? address.substring(1, address.length() - 1)
            : address;
    if (!GoValues.isIp(ip) && !ip.equals("host-gateway")) {
      ctx.report(
          s.span(),
          "extra_hosts: '"
              + address
              + "' is not an IP address; write an IPv4 or IPv6 address, or host-gateway");
    }
  }
}
