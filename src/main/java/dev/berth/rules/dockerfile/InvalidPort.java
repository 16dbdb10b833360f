package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Word;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An EXPOSE port BuildKit cannot read: it must be {@code port}, {@code start-end} or either with
 * {@code /tcp}, {@code /udp} or {@code /sctp} (any case), optionally after a host port and an
 * address. Ports above 65535 are DL3011's; words holding variables are not checked.
 */
@RuleInfo(
    id = "InvalidPort",
    name = "invalid-port",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "EXPOSE ports are numbers or ranges with an optional tcp, udp or sctp protocol.")
public final class InvalidPort implements DockerfileRule {
  private static final Set<String> PROTOCOLS = Set.of("", "tcp", "udp", "sctp");

  @Override
  public void check(DockerfileContext ctx) {
    for (PortSpec p : PortSpec.all(ctx.model())) {
      Word w = p.word();
      problem(p).ifPresent(m -> ctx.report(w.span(), "'" + w.text() + "' " + m));
    }
  }

  private static Optional<String> problem(PortSpec p) {
    if (!PROTOCOLS.contains(p.proto().toLowerCase(Locale.ROOT))) {
      return Optional.of("has an unknown protocol; use tcp, udp or sctp");
    }
    if (p.port().isEmpty()) {
      return Optional.of("names no port; write a port number such as 8080");
    }
    if (!range(p.port()) || !p.hostPort().isEmpty() && !range(p.hostPort())) {
      return Optional.of("is not a port or port range; write 8080 or 8000-8010");
    }
    if (!p.ip().isEmpty() && !p.ip().matches("[0-9A-Fa-f.:]+")) {
      return Optional.of("has an address that is not an IP address");
    }
    return Optional.empty();
  }

  /** A port or range of digits with start not above end (bounds above 65535 are DL3011's). */
  private static boolean range(String s) {
    String[] parts = s.split("-", -1);
    if (parts.length > 2) {
      return false;
    }
    for (String p : parts) {
      if (!p.matches("[0-9]{1,9}")) {
        return false;
      }
    }
    return parts.length == 1 || Long.parseLong(parts[0]) <= Long.parseLong(parts[1]);
  }
}
