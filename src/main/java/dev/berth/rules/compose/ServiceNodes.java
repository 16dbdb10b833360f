package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.compose.model.ImageRef;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarType;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.compose.model.VolumeMount;
import dev.berth.core.Span;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Readings of compose nodes the security and best-practice rules share, beside the typed view
 * ({@code ComposeContext.project()}): booleans as Compose reads them, interpolation as written, and
 * where a finding about a whole entry goes.
 */
final class ServiceNodes {
  private ServiceNodes() {}

  private static final Set<String> PROPAGATIONS =
      Set.of("shared", "rshared", "slave", "rslave", "private", "rprivate");

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

  /**
   * The services whose missing keys mean something: none in a file that adds to another (an
   * override, an included fragment, {@code compose.NAME.yaml}), and not those that {@code extends}
   * another service, whose keys may come from there. Rules that report what a service lacks read
   * these.
   */
  static List<Service> completeServices(ComposeContext ctx) {
    if (!ctx.project().standalone()) {
      return List.of();
    }
    return ctx.project().services().stream().filter(s -> s.get("extends").isEmpty()).toList();
  }

  /** A key of a service whose value is a mapping. */
  static Optional<MapNode> map(Service s, String key) {
    return s.get(key).flatMap(ServiceNodes::map);
  }

  /** The source of a mount as written, or empty for an anonymous volume. */
  static String source(VolumeMount m) {
    return m.source().map(SpannedText::value).orElse("");
  }

  /** The container path of a mount, or empty. */
  static String target(VolumeMount m) {
    return m.target().map(SpannedText::value).orElse("");
  }

  /** Where a finding about a mount goes: its source, else the whole entry. */
  static Span site(VolumeMount m) {
    return at(m.node(), m.source().map(SpannedText::span).orElse(m.node().span()));
  }

  /**
   * Where a finding about a part of {@code node} goes: the part's own span, or the alias that
   * brought the node here when it came from an anchor, so that each user of an anchor gets the
   * finding where it takes effect.
   */
  static Span at(Node node, Span part) {
    return node.alias().orElse(part);
  }

  /** The propagation of a bind mount ({@code rshared}, ...), when one is given. */
  static Optional<String> propagation(VolumeMount m) {
    // an index loop: most mounts have no options, and this runs for every mount
    List<SpannedText> options = m.options();
    for (int i = 0; i < options.size(); i++) {
      if (PROPAGATIONS.contains(options.get(i).value())) {
        return Optional.of(options.get(i).value());
      }
    }
    return Optional.empty();
  }

  /**
   * A pulled image: the {@code image} of a service without {@code build} (with build, the image
   * names the result), and how it is pinned, as written: by digest, by a tag (literal or a
   * variable), or not at all; {@code unknown} when the name's last part is a variable that may
   * carry the tag, or the name is empty.
   */
  record PulledImage(
      Service service, ScalarNode node, boolean digest, Optional<String> tag, boolean unknown) {
    /** How the image is named in messages: its text and its service. */
    String describe() {
      return "Image '" + node.value().trim() + "' of service '" + service.name().value() + "'";
    }
  }

  /** The pulled images of the file's services, in file order. */
  static List<PulledImage> pulledImages(ComposeContext ctx) {
    List<PulledImage> out = new ArrayList<>();
    for (Service s : ctx.project().services()) {
      Optional<ScalarNode> node = s.nonNull("image");
      if (node.isEmpty() || s.get("build").isPresent() || s.image().isEmpty()) {
        continue;
      }
      if (!interpolated(node.get())) {
        ImageRef ref = s.image().get();
        out.add(
            new PulledImage(
                s,
                node.get(),
                ref.digest().isPresent(),
                ref.tag().map(SpannedText::value),
                ref.repository().value().isBlank()));
        continue;
      }
      String raw = node.get().raw().trim();
      List<String> byDigest = splitOutsideBraces(raw, '@');
      List<String> path = splitOutsideBraces(byDigest.get(0), '/');
      String last = path.get(path.size() - 1);
      List<String> nameTag = splitOutsideBraces(last, ':');
      Optional<String> tag =
          nameTag.size() > 1 ? Optional.of(nameTag.get(nameTag.size() - 1)) : Optional.empty();
      out.add(
          new PulledImage(
              s, node.get(), byDigest.size() > 1, tag, tag.isEmpty() && last.contains("$")));
    }
    return out;
  }

  /**
   * A service's {@code security_opt} entries, lower-cased, blanks removed and {@code =} read as
   * {@code :} (Docker accepts both separators).
   */
  static List<String> securityOptions(Service s) {
    List<String> out = new ArrayList<>();
    for (ScalarNode o : s.get("security_opt").map(ServiceNodes::scalarItems).orElse(List.of())) {
      out.add(securityOption(o));
    }
    return out;
  }

  /** One {@code security_opt} entry as {@link #securityOptions} reads it. */
  static String securityOption(ScalarNode option) {
    StringBuilder out = new StringBuilder();
    for (char c : lower(option).toCharArray()) {
      if (!Character.isWhitespace(c)) {
        out.append(c == '=' ? ':' : c);
      }
    }
    return out.toString();
  }

  /**
   * A file named relative to the compose file's folder (or absolute), when the compose file was
   * read from disk and the file exists; empty for standard input and for paths that do not parse.
   */
  static Optional<Path> besideComposeFile(ComposeContext ctx, String path) {
    try {
      Path compose = Path.of(ctx.source().name());
      Path folder = compose.toAbsolutePath().getParent();
      if (!Files.isRegularFile(compose) || folder == null || path.isEmpty()) {
        return Optional.empty();
      }
      Path file = folder.resolve(path);
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
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
