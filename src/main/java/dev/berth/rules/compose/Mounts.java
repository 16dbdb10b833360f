package dev.berth.rules.compose;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A service's {@code volumes}, short ({@code SRC:DST:MODE}) and long syntax read into one shape, as
 * compose-go's volume parser reads them.
 */
final class Mounts {
  private Mounts() {}

  /**
   * One mount. {@code type} is {@code bind}, {@code volume}, {@code tmpfs}, {@code npipe}, {@code
   * image} or {@code cluster}; {@code source} is empty for an anonymous volume; {@code options} are
   * the short syntax's mode words, or {@code ro} and the propagation of the long syntax; {@code
   * site} is where a finding about the mount goes (the short-syntax string, or the long syntax's
   * {@code source}, else its item).
   */
  record Mount(
      String type,
      String source,
      String target,
      List<String> options,
      Optional<String> propagation,
      Span site) {
    boolean readOnly() {
      return options.contains("ro") || options.contains("readonly");
    }

    boolean isBind() {
      return type.equals("bind");
    }
  }

  /** The mounts of a service's {@code volumes}, skipping entries that cannot be read. */
  static List<Mount> of(ServiceNodes.Service service) {
    List<Mount> out = new ArrayList<>();
    Optional<Node> volumes = service.get("volumes");
    if (volumes.isEmpty()) {
      return out;
    }
    for (Node item : ServiceNodes.items(volumes.get())) {
      if (item instanceof ScalarNode s && !s.isNull()) {
        parseShort(s.value().trim(), s.site()).ifPresent(out::add);
      } else if (item instanceof MapNode m) {
        out.add(parseLong(m));
      }
    }
    return out;
  }

  /** The short syntax {@code [SOURCE:]TARGET[:MODE]}, with Windows drive letters kept whole. */
  static Optional<Mount> parseShort(String spec, Span site) {
    List<String> parts = splitVolume(spec);
    String source;
    String target;
    List<String> options = List.of();
    if (parts.size() == 1) {
      source = "";
      target = parts.get(0);
    } else if (parts.size() == 2 || parts.size() == 3) {
      source = parts.get(0);
      target = parts.get(1);
      if (parts.size() == 3) {
        options = Arrays.asList(parts.get(2).split(","));
      }
    } else {
      return Optional.empty();
    }
    String type = source.isEmpty() ? "volume" : isPath(source) ? "bind" : "volume";
    Optional<String> propagation =
        options.stream().filter(o -> o.matches("r?(shared|slave|private)")).findFirst();
    return Optional.of(new Mount(type, source, target, options, propagation, site));
  }

  private static Mount parseLong(MapNode m) {
    String type = m.get("type").flatMap(ServiceNodes::scalar).map(ScalarNode::value).orElse("");
    Optional<ScalarNode> sourceNode = m.get("source").flatMap(ServiceNodes::scalar);
    String source = sourceNode.map(ScalarNode::value).orElse("");
    String target = m.get("target").flatMap(ServiceNodes::scalar).map(ScalarNode::value).orElse("");
    List<String> options = new ArrayList<>();
    if (m.get("read_only").map(ServiceNodes::isTrue).orElse(false)) {
      options.add("ro");
    }
    Optional<String> propagation =
        m.get("bind")
            .flatMap(ServiceNodes::map)
            .flatMap(b -> b.get("propagation"))
            .flatMap(ServiceNodes::scalar)
            .map(ServiceNodes::lower);
    propagation.ifPresent(options::add);
    Span site = sourceNode.map(ScalarNode::site).orElse(m.site());
    return new Mount(type, source, target, List.copyOf(options), propagation, site);
  }

  /** A host path rather than a volume name, as compose-go tells them apart. */
  static boolean isPath(String source) {
    return source.startsWith("/")
        || source.startsWith(".")
        || source.startsWith("~")
        || source.startsWith("\\")
        || isWindowsDrive(source, 0);
  }

  private static boolean isWindowsDrive(String s, int at) {
    return s.length() >= at + 3
        && Character.isLetter(s.charAt(at))
        && s.charAt(at + 1) == ':'
        && (s.charAt(at + 2) == '\\' || s.charAt(at + 2) == '/');
  }

  /** Splits at colons, except the colon of a Windows drive letter at the start of a part. */
  private static List<String> splitVolume(String spec) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < spec.length()) {
      if (i == start && isWindowsDrive(spec, i)) {
        i += 2;
        continue;
      }
      if (spec.charAt(i) == ':') {
        parts.add(spec.substring(start, i));
        start = i + 1;
      }
      i++;
    }
    parts.add(spec.substring(start));
    return parts;
  }
}
