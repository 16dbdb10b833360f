package dev.berth.compose.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code ports} entry, short syntax ({@code [IP:][HOST:]CONTAINER[/PROTOCOL]}, as Go's {@code
 * nat.ParsePortSpec} reads it) or long syntax, normalised to the same fields. {@code published} is
 * the host port or range, {@code target} the container port or range, {@code protocol} lowercase
 * ({@code tcp} when not given). {@code error} is set when Compose would refuse the short syntax.
 */
public record Port(
    Node node,
    boolean longSyntax,
    Optional<SpannedText> hostIp,
    Optional<SpannedText> published,
    Optional<SpannedText> target,
    String protocol,
    Optional<SpannedText> mode,
    Optional<SyntaxError> error) {

  /** The published (host) ports, when given and valid. */
  public Optional<PortRange> publishedRange() {
    return published.flatMap(p -> PortRange.parse(p.value()));
  }

  /** The container ports, when valid. */
  public Optional<PortRange> targetRange() {
    return target.flatMap(p -> PortRange.parse(p.value()));
  }

  /** The host IP without the brackets of an IPv6 address. */
  public Optional<String> hostAddress() {
    return hostIp.map(t -> unbracket(t.value()));
  }

  private static String unbracket(String ip) {
    return ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
  }

  static Port parse(ScalarText s) {
    String v = s.node().value();
    boolean checkable = !s.node().raw().contains("$");
    List<Integer> colons = new ArrayList<>();
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) == ':') {
        colons.add(i);
      }
    }
    int n = colons.size() + 1;
    int containerFrom = n == 1 ? 0 : colons.get(n - 2) + 1;
    Optional<SpannedText> host = Optional.empty();
    Optional<SpannedText> ip = Optional.empty();
    if (n == 2) {
      host = Optional.of(s.part(0, colons.get(0)));
    } else if (n >= 3) {
      ip = Optional.of(s.part(0, colons.get(n - 3)));
      host = Optional.of(s.part(colons.get(n - 3) + 1, colons.get(n - 2)));
    }
    String containerPart = v.substring(containerFrom);
    int slash = containerPart.indexOf('/');
    String protocol = "tcp";
    SpannedText protocolText = null;
    SpannedText target;
    if (slash < 0) {
      target = s.part(containerFrom, v.length());
    } else {
      target = s.part(containerFrom, containerFrom + slash);
      int protoEnd = containerPart.indexOf('/', slash + 1);
      protoEnd = protoEnd < 0 ? containerPart.length() : protoEnd;
      if (protoEnd > slash + 1 && slash > 0) {
        protocolText = s.part(containerFrom + slash + 1, containerFrom + protoEnd);
        protocol = protocolText.value().toLowerCase(java.util.Locale.ROOT);
      }
    }
    Optional<SyntaxError> error = Optional.empty();
    if (checkable) {
      error = check(s, ip, host, target, protocol, protocolText);
    }
    Optional<SpannedText> hostPort = host.filter(h -> !h.value().isEmpty());
    return new Port(
        s.node(),
        false,
        ip.filter(t -> !t.value().isEmpty()),
        hostPort,
        Optional.of(target),
        protocol,
        Optional.empty(),
        error);
  }

  private static Optional<SyntaxError> check(
      ScalarText s,
      Optional<SpannedText> ip,
      Optional<SpannedText> host,
      SpannedText target,
      String protocol,
      SpannedText protocolText) {
    String v = s.node().value();
    if (ip.isPresent() && !ip.get().value().isEmpty()) {
      String addr = ip.get().value();
      boolean bracketed = addr.startsWith("[") && addr.endsWith("]");
      String bare = bracketed ? addr.substring(1, addr.length() - 1) : addr;
      if (addr.startsWith("[") && !bracketed
          || !IpAddresses.isIp(bare)
          || (!bracketed && bare.indexOf(':') >= 0)) {
        return Optional.of(
            new SyntaxError(
                ip.get().span(),
                "'"
                    + addr
                    + "' in port '"
                    + v
                    + "' is not an IP address; write an IPv4 address, or an IPv6 address in"
                    + " brackets ([::1]:8080:80)"));
      }
    }
    if (target.value().isEmpty()) {
      return Optional.of(
          new SyntaxError(
              s.node().span(),
              "port '" + v + "' has no container port; write HOST:CONTAINER, such as 8080:80"));
    }
    Optional<PortRange> container = PortRange.parse(target.value());
    if (container.isEmpty()) {
      return Optional.of(new SyntaxError(target.span(), rangeMessage("container", target, v)));
    }
    if (host.isPresent() && !host.get().value().isEmpty()) {
      Optional<PortRange> published = PortRange.parse(host.get().value());
      if (published.isEmpty()) {
        return Optional.of(new SyntaxError(host.get().span(), rangeMessage("host", host.get(), v)));
      }
      if (container.get().size() > 1 && published.get().size() != container.get().size()) {
        return Optional.of(
            new SyntaxError(
                s.node().span(),
                "host ports "
                    + published.get()
                    + " and container ports "
                    + container.get()
                    + " are ranges of different lengths; give both the same number of ports"
                    + " (or a single container port)"));
      }
    }
    if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) {
      return Optional.of(
          new SyntaxError(
              protocolText.span(),
              "unknown protocol '" + protocolText.value() + "'; use tcp, udp or sctp"));
    }
    return Optional.empty();
  }

  private static String rangeMessage(String side, SpannedText port, String whole) {
    return "'"
        + port.value()
        + "' in port '"
        + whole
        + "' is not a valid "
        + side
        + " port; write a number from 0 to 65535 or a range such as 8000-8010";
  }

  static Port parseLong(MapNode m, Texts texts) {
    Optional<SpannedText> target = texts.scalar(m, "target");
    Optional<SpannedText> published = texts.scalar(m, "published");
    Optional<SpannedText> hostIp = texts.scalar(m, "host_ip");
    String protocol =
        texts
            .scalar(m, "protocol")
            .map(t -> t.value().toLowerCase(java.util.Locale.ROOT))
            .orElse("tcp");
    return new Port(
        m,
        true,
        hostIp.filter(t -> !t.value().isEmpty()),
        published.filter(t -> !t.value().isEmpty()),
        target,
        protocol,
        texts.scalar(m, "mode"),
        Optional.empty());
  }
}
