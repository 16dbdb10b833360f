package dev.berth.rules.dockerfile;

import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Expose;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One EXPOSE word split as Docker's {@code nat.ParsePortSpec} splits it: {@code
 * [ip:][hostPort:]port[-port][/proto]}, with the index of each part in the word. Only literal words
 * are split: one with a variable, a quote or an escape is left alone.
 */
record PortSpec(
    Word word,
    String ip,
    String hostPort,
    String port,
    int portStart,
    String proto,
    int protoStart) {
  /** The literal EXPOSE words of the file (ONBUILD triggers included), split. */
  static List<PortSpec> all(Dockerfile file) {
    List<PortSpec> out = new ArrayList<>();
    for (Instruction i : BuildkitSyntax.withTriggers(file)) {
      if (i instanceof Expose e) {
        e.ports().forEach(w -> of(w).ifPresent(out::add));
      }
    }
    return out;
  }

  static Optional<PortSpec> of(Word w) {
    String t = w.text();
    if (!t.equals(w.raw()) || t.isEmpty() || t.chars().anyMatch(c -> "$\"'\\`".indexOf(c) >= 0)) {
      return Optional.empty();
    }
    String[] parts = t.split(":", -1);
    int n = parts.length;
    String rest = parts[n - 1];
    int restStart = t.length() - rest.length();
    String host = n >= 2 ? parts[n - 2] : "";
    String ip = n >= 3 ? String.join(":", java.util.Arrays.copyOf(parts, n - 2)) : "";
    if (ip.startsWith("[") && ip.endsWith("]")) {
      ip = ip.substring(1, ip.length() - 1);
    }
    int slash = rest.indexOf('/');
    String port = slash < 0 ? rest : rest.substring(0, slash);
    String proto = "";
    int protoStart = -1;
    if (slash >= 0) {
      int end = rest.indexOf('/', slash + 1);
      proto = rest.substring(slash + 1, end < 0 ? rest.length() : end);
      protoStart = restStart + slash + 1;
    }
    return Optional.of(new PortSpec(w, ip, host, port, restStart, proto, protoStart));
  }

  /** True when the word maps a host port or names an address. */
  boolean isMapping() {
    return word.text().indexOf(':') >= 0;
  }
}
