package dev.berth.compose.parser;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges compose documents as Compose merges override files, documents of one file and an {@code
 * extends} base with the service that extends it: mappings merge key by key, scalars are replaced,
 * sequences append, except {@code command}, {@code entrypoint} and {@code healthcheck.test}, which
 * are replaced, and the sequences whose items Compose keys (environment, labels, ports, volumes,
 * ...) keep the later of two items with the same key. A value tagged {@code !reset} removes the
 * key, one tagged {@code !override} replaces the earlier value whole. A base value and an override
 * of another kind (a mapping over a sequence) is a clash: the override wins and {@link Clash}
 * tells.
 *
 * <p>The merged tree reuses the nodes it was given; mappings and sequences made from two of them
 * are new nodes, announced to {@link Listener#derived}, so that the caller can say which file each
 * node of the result comes from.
 */
public final class NodeMerger {
  /** Told about nodes the merge makes, and about clashes between base and override. */
  public interface Listener {
    /** {@code made} is a new node merged from {@code base} and an override. */
    default void derived(Node made, Node base) {}

    /** At {@code path}, the override's value is of another kind than the base's. */
    default void clash(String path, Node base, Node override) {}
  }

  public static final String RESET = "!reset";
  public static final String OVERRIDE = "!override";

  private static final Listener SILENT = new Listener() {};

  private static final Set<String> REPLACED = Set.of("command", "entrypoint", "healthcheck.test");

  private static final Set<String> BY_KEY =
      Set.of(
          "environment",
          "labels",
          "annotations",
          "sysctls",
          "extra_hosts",
          "build.args",
          "build.labels",
          "build.additional_contexts");

  private static final Set<String> BY_VALUE =
      Set.of(
          "cap_add",
          "cap_drop",
          "dns",
          "dns_search",
          "dns_opt",
          "links",
          "profiles",
          "tmpfs",
          "expose",
          "build.tags",
          "env_file",
          "ports",
          "volumes",
          "devices",
          "secrets",
          "configs",
          "security_opt",
          "group_add");

  /**
   * Fields written either as a mapping or as a list, which Compose normalises before merging: a
   * mapping over a list is no clash.
   */
  private static final Set<String> TWO_SYNTAXES =
      Set.of(
          "environment",
          "labels",
          "annotations",
          "sysctls",
          "extra_hosts",
          "depends_on",
          "networks",
          "ulimits",
          "build.args",
          "build.labels",
          "build.additional_contexts",
          "build.extra_hosts");

  private final Listener listener;

  /** Whether base and override are of one file, so that a merged node spans both. */
  private final boolean oneFile;

  /** {@code build: DIR} read as {@code build: {context: DIR}}, as Compose reads it. */
  private Node buildMap(Node build) {
    if (!(build instanceof ScalarNode s)) {
      return build;
    }
    ScalarNode key =
        new ScalarNode(
            s.span(),
            "context",
            "context",
            s.style(),
            dev.berth.compose.model.ScalarType.STRING,
            Optional.empty(),
            s.alias());
    MapNode out =
        new MapNode(s.span(), List.of(new MapNode.Entry(key, s, false)), s.tag(), s.alias());
    listener.derived(out, s);
    listener.derived(key, s);
    return out;
  }

  private NodeMerger(Listener listener, boolean oneFile) {
    this.listener = listener;
    this.oneFile = oneFile;
  }

  /** Merges two top-level documents (or two files) of a compose project. */
  public static Node mergeDocuments(Node base, Node override, Listener listener) {
    return new NodeMerger(listener, false).merge(base, override, "", "");
  }

  /**
   * Merges the documents of one file: a merged mapping or sequence spans the nodes it was made
   * from, so that every node lies within its parent.
   */
  public static Node mergeDocumentsOfOneFile(Node base, Node override) {
    return new NodeMerger(SILENT, true).merge(base, override, "", "");
  }

  /** Merges a service definition over the service it extends. */
  public static Node mergeService(String name, Node base, Node override, Listener listener) {
    return new NodeMerger(listener, false).merge(base, override, "services.*", "services." + name);
  }

  /** The tree without the entries and items tagged {@code !reset}. */
  public static Node withoutResets(Node node, Listener listener) {
    if (node instanceof MapNode m) {
      List<MapNode.Entry> entries = m.entries();
      List<MapNode.Entry> out = null; // allocated at the first change only
      for (int i = 0; i < entries.size(); i++) {
        MapNode.Entry e = entries.get(i);
        boolean reset = isTagged(e.value(), RESET);
        Node v = reset ? null : withoutResets(e.value(), listener);
        if (out == null && (reset || v != e.value())) {
          out = new ArrayList<>(entries.subList(0, i));
        }
        if (out != null && !reset) {
          out.add(v == e.value() ? e : new MapNode.Entry(e.key(), v, e.merged()));
        }
      }
      if (out == null) {
        return m;
      }
      MapNode made = new MapNode(m.span(), List.copyOf(out), m.tag(), m.alias());
      listener.derived(made, m);
      return made;
    }
    if (node instanceof SeqNode s) {
      List<Node> items = s.items();
      List<Node> out = null; // allocated at the first change only
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        boolean reset = isTagged(item, RESET);
        Node v = reset ? null : withoutResets(item, listener);
        if (out == null && (reset || v != item)) {
          out = new ArrayList<>(items.subList(0, i));
        }
        if (out != null && !reset) {
          out.add(v);
        }
      }
      if (out == null) {
        return s;
      }
      SeqNode made = new SeqNode(s.span(), List.copyOf(out), s.tag(), s.alias());
      listener.derived(made, s);
      return made;
    }
    return node;
  }

  public static boolean isTagged(Node node, String tag) {
    Optional<String> t = node.tag();
    return t.isPresent() && t.get().equals(tag);
  }

  /**
   * Merges at {@code path}, the pattern the merge rules are keyed by ({@code services.*.ports}),
   * whose real keys are {@code where} ({@code services.web.ports}).
   */
  private Node merge(Node base, Node override, String path, String where) {
    if (isTagged(override, OVERRIDE) || isTagged(override, RESET)) {
      return override;
    }
    if (base instanceof MapNode bm && override instanceof MapNode om) {
      return mergeMaps(bm, om, path, where);
    }
    if (base instanceof SeqNode bs && override instanceof SeqNode os) {
      return mergeSequences(bs, os, path);
    }
    if (override instanceof ScalarNode s && s.isNull()) {
      return base;
    }
    if (path.equals("services.*.build")
        && (base instanceof ScalarNode || override instanceof ScalarNode)) {
      return merge(buildMap(base), buildMap(override), path, where);
    }
    String field = path.startsWith("services.*.") ? path.substring("services.*.".length()) : path;
    if (!(base instanceof ScalarNode)
        && !(override instanceof ScalarNode)
        && !TWO_SYNTAXES.contains(field)) {
      listener.clash(where, base, override);
    }
    return override;
  }

  private MapNode mergeMaps(MapNode base, MapNode override, String path, String where) {
    Map<String, MapNode.Entry> entries = new LinkedHashMap<>();
    for (MapNode.Entry e : base.entries()) {
      entries.put(e.key().value(), e);
    }
    for (MapNode.Entry e : override.entries()) {
      String key = e.key().value();
      MapNode.Entry old = entries.get(key);
      if (old == null || isTagged(e.value(), RESET)) {
        entries.put(key, e);
        continue;
      }
      Node merged =
          merge(
              old.value(), e.value(), child(path, key), where.isEmpty() ? key : where + "." + key);
      ScalarNode k = merged == old.value() ? old.key() : e.key();
      if (merged instanceof MapNode && old.value() instanceof MapNode) {
        k = old.key();
      }
      entries.put(key, new MapNode.Entry(k, merged, e.merged()));
    }
    MapNode out =
        new MapNode(span(base, override), List.copyOf(entries.values()), base.tag(), base.alias());
    listener.derived(out, base);
    return out;
  }

  private static String child(String path, String key) {
    if (path.equals("services")) {
      return "services.*";
    }
    return path.isEmpty() ? key : path + "." + key;
  }

  private Node mergeSequences(SeqNode base, SeqNode override, String path) {
    String field = path.startsWith("services.*.") ? path.substring("services.*.".length()) : null;
    if (field != null && REPLACED.contains(field)) {
      return override;
    }
    List<Node> items = new ArrayList<>(base.items());
    items.addAll(override.items());
    if (field != null && (BY_KEY.contains(field) || BY_VALUE.contains(field))) {
      boolean byKey = BY_KEY.contains(field);
      Map<String, Integer> last = new LinkedHashMap<>();
      List<Node> kept = new ArrayList<>();
      for (Node item : items) {
        Optional<String> key = uniqueKey(item, byKey, field);
        if (key.isPresent() && last.containsKey(key.get())) {
          kept.set(last.get(key.get()), item);
        } else {
          key.ifPresent(k -> last.put(k, kept.size()));
          kept.add(item);
        }
      }
      items = kept;
    }
    SeqNode out = new SeqNode(span(base, override), List.copyOf(items), base.tag(), base.alias());
    listener.derived(out, base);
    return out;
  }

  private dev.berth.core.Span span(Node base, Node override) {
    if (!oneFile) {
      return base.span();
    }
    return new dev.berth.core.Span(
        Math.min(base.span().start(), override.span().start()),
        Math.max(base.span().end(), override.span().end()));
  }

  /** The key under which Compose keeps only the last of several items, when it has one. */
  static Optional<String> uniqueKey(Node item, boolean byKey, String field) {
    if (item instanceof ScalarNode s) {
      String v = s.value();
      if (byKey) {
        int eq = v.indexOf('=');
        if (field.equals("extra_hosts") && eq < 0) {
          eq = v.indexOf(':');
        }
        return Optional.of(eq < 0 ? v : v.substring(0, eq));
      }
      if (field.equals("volumes") || field.equals("devices")) {
        String[] parts = v.split(":");
        return Optional.of(parts.length > 1 ? parts[1] : parts[0]);
      }
      return Optional.of(v);
    }
    if (item instanceof MapNode m) {
      for (String k : List.of("target", "path", "source")) {
        Optional<Node> n = m.get(k);
        if (n.isPresent() && n.get() instanceof ScalarNode s) {
          String prefix =
              field.equals("ports")
                  ? m.get("published").map(NodeMerger::text).orElse("") + ":"
                  : "";
          return Optional.of(prefix + s.value());
        }
      }
    }
    return Optional.empty();
  }

  private static String text(Node n) {
    return n instanceof ScalarNode s ? s.value() : "";
  }
}
