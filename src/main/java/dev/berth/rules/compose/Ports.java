package dev.berth.rules.compose;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service's published {@code ports}, short ({@code [IP:][HOST:]CONTAINER[/PROTO]}) and long
 * syntax read into one shape. A part written as a variable stays as written, so that {@code
 * ${BIND}:8080:80} has a host IP.
 */
final class Ports {
  private Ports() {}

  /**
   * One published port: {@code text} as written (short syntax) or the value of {@code published} or
   * {@code target} (long syntax). {@code hostIp} and {@code hostPorts} are empty when not given
   * ({@code hostPorts} also when it is a variable, with {@code hostPortGiven} true); {@code site}
   * is the short-syntax string or the long syntax's {@code published}, else its item.
   */
  record Port(
      String text,
      boolean longSyntax,
      String hostIp,
      boolean hostPortGiven,
      String hostPorts,
      Span site) {
    boolean containerOnly() {
      return !hostPortGiven && hostIp.isEmpty();
    }

    /** The lowest host port, when it is a literal number or range. */
    Optional<Integer> lowestHostPort() {
      String first = hostPorts.split("-", 2)[0].trim();
      if (!first.matches("\\d{1,5}")) {
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(first));
    }
  }

  static List<Port> of(ServiceNodes.Service service) {
    List<Port> out = new ArrayList<>();
    Optional<Node> ports = service.get("ports");
    if (ports.isEmpty()) {
      return out;
    }
    for (Node item : ServiceNodes.items(ports.get())) {
      if (item instanceof ScalarNode s && !s.isNull()) {
        String text = ServiceNodes.interpolated(s) ? s.raw() : s.value();
        out.add(parseShort(s.value().trim(), text.trim(), s.site()));
      } else if (item instanceof MapNode m) {
        out.add(parseLong(m));
      }
    }
    return out;
  }

  static Port parseShort(String shown, String spec, Span site) {
    List<String> noProtocol = ServiceNodes.splitOutsideBraces(spec, '/');
    String text = noProtocol.get(0);
    String ip = "";
    if (text.startsWith("[")) {
      int close = text.indexOf("]:");
      if (close > 0) {
        ip = text.substring(1, close);
        text = text.substring(close + 2);
      }
    }
    List<String> parts = ServiceNodes.splitOutsideBraces(text, ':');
    int n = parts.size();
    if (n == 1) {
      return new Port(shown, false, ip, false, "", site);
    }
    String host = parts.get(n - 2);
    if (n > 2) {
      ip = String.join(":", parts.subList(0, n - 2));
    }
    return new Port(shown, false, ip, !host.isEmpty(), host.contains("$") ? "" : host, site);
  }

  private static Port parseLong(MapNode m) {
    Optional<ScalarNode> published = m.get("published").flatMap(ServiceNodes::scalar);
    String hostIp = m.get("host_ip").flatMap(ServiceNodes::scalar).map(ScalarNode::raw).orElse("");
    String host =
        published.filter(p -> !ServiceNodes.interpolated(p)).map(ScalarNode::value).orElse("");
    Span site = published.map(ScalarNode::site).orElse(m.site());
    String shown =
        published
            .or(() -> m.get("target").flatMap(ServiceNodes::scalar))
            .map(ScalarNode::value)
            .orElse("");
    return new Port(shown, true, hostIp.trim(), published.isPresent(), host.trim(), site);
  }
}
