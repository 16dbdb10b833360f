package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarType;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The services of a compose file and the few readings of their values the security and
 * best-practice rules share, over the loaded node tree (anchors and merge keys applied).
 */
final class ServiceNodes {
  private ServiceNodes() {}

  /** A service: its name as written under {@code services} and its mapping. */
  record Service(ScalarNode name, MapNode body) {
    Optional<Node> get(String key) {
      return body.get(key);
    }

    Optional<MapNode.Entry> entry(String key) {
      return body.entry(key);
    }

    /** The value of a key when it is a scalar that is not null. */
    Optional<ScalarNode> scalar(String key) {
      return body.get(key).flatMap(ServiceNodes::scalar);
    }

    /** The value of a key when it is a mapping. */
    Optional<MapNode> map(String key) {
      return body.get(key).flatMap(ServiceNodes::map);
    }

    boolean has(String key) {
      return body.get(key).isPresent();
    }

    /** Where a finding about the service as a whole goes: its name. */
    Span site() {
      return name.site();
    }
  }

  /** The services of the file, in file order; none when it has no {@code services} mapping. */
  static List<Service> services(ComposeContext ctx) {
    List<Service> out = new ArrayList<>();
    Optional<MapNode> services = topLevel(ctx, "services");
    if (services.isEmpty()) {
      return out;
    }
    for (MapNode.Entry e : services.get().entries()) {
      if (e.value() instanceof MapNode m && !e.key().value().startsWith("x-")) {
        out.add(new Service(e.key(), m));
      }
    }
    return out;
  }

  /** A top-level mapping such as {@code services} or {@code volumes}. */
  static Optional<MapNode> topLevel(ComposeContext ctx, String key) {
    return ctx.model().rootMap().flatMap(r -> r.get(key)).flatMap(ServiceNodes::map);
  }

  static Optional<ScalarNode> scalar(Node n) {
    return n instanceof ScalarNode s && !s.isNull() ? Optional.of(s) : Optional.empty();
  }

  static Optional<MapNode> map(Node n) {
    return n instanceof MapNode m ? Optional.of(m) : Optional.empty();
  }

  /** The items of a sequence; a single scalar counts as a sequence of one; else none. */
  static List<Node> items(Node n) {
    if (n instanceof SeqNode s) {
      return s.items();
    }
    if (n instanceof ScalarNode s && !s.isNull()) {
      return List.of(s);
    }
    return List.of();
  }

  /** The scalar items of a sequence (or a single scalar). */
  static List<ScalarNode> scalarItems(Node n) {
    List<ScalarNode> out = new ArrayList<>();
    for (Node item : items(n)) {
      scalar(item).ifPresent(out::add);
    }
    return out;
  }

  /** True for a scalar Compose reads as boolean true (also a quoted or interpolated "true"). */
  static boolean isTrue(Node n) {
    if (!(n instanceof ScalarNode s)) {
      return false;
    }
    if (s.type() == ScalarType.BOOLEAN) {
      return s.booleanValue().orElse(false);
    }
    return s.type() == ScalarType.STRING && s.value().trim().equalsIgnoreCase("true");
  }

  /** The value of a scalar, trimmed and lower-cased. */
  static String lower(ScalarNode s) {
    return s.value().trim().toLowerCase(Locale.ROOT);
  }

  /** True when the text as written holds an interpolation ({@code $VAR}, {@code ${VAR}}). */
  static boolean interpolated(ScalarNode s) {
    return s.raw().replace("$$", "").contains("$");
  }

  /**
   * Where a finding about a whole entry goes: the entry from its key to its value, or the alias
   * that brought the value here when it came from an anchor.
   */
  static Span entrySite(MapNode.Entry e) {
    if (e.value().alias().isPresent()) {
      return e.value().alias().get();
    }
    if (e.key().alias().isPresent()) {
      return e.key().alias().get();
    }
    return e.key().span().union(e.value().span());
  }

  /** The string keys of a mapping, or the scalar items of a sequence (networks, depends_on). */
  static List<ScalarNode> names(Node n) {
    if (n instanceof MapNode m) {
      List<ScalarNode> out = new ArrayList<>();
      for (MapNode.Entry e : m.entries()) {
        out.add(e.key());
      }
      return out;
    }
    return scalarItems(n);
  }

  /**
   * Splits at {@code sep}, but not inside {@code ${...}}, so that {@code ${HOST:-a:b}:80} has two
   * parts.
   */
  static List<String> splitOutsideBraces(String text, char sep) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == sep && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }
}
