package dev.berth.compose.model;

import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed view of a compose file: its services and its top-level networks, volumes, secrets,
 * configs and models, indexed by name. Built once per file from the node tree (see {@link
 * #of(ComposeFile)}); rules reach it through {@code ComposeContext.project()}.
 */
public final class Project {
  /** The network Compose attaches services to when they name none. */
  public static final String DEFAULT_NETWORK = "default";

  private final SourceText source;
  private final Optional<MapNode> root;
  private final Map<String, Service> services;
  private final Map<String, Resource> networks;
  private final Map<String, Resource> volumes;
  private final Map<String, Resource> secrets;
  private final Map<String, Resource> configs;
  private final Map<String, Resource> models;
  private final Inclusion inclusion;
  private Boolean standalone;

  /** Spans of variables that are not set, sorted by start. */
  private final List<Span> unset;

  private Project(
      SourceText source, Optional<MapNode> root, List<Span> unset, Inclusion inclusion) {
    this.source = source;
    this.inclusion = inclusion;
    this.unset = unset;
    this.root = root;
    Texts texts = new Texts(source);
    Map<String, Service> s = new LinkedHashMap<>();
    for (MapNode.Entry e : section(root, "services")) {
      MapNode body =
          e.value() instanceof MapNode
              ? (MapNode) e.value()
              : new MapNode(e.value().span(), List.of(), Optional.empty(), Optional.empty());
      s.putIfAbsent(e.key().value(), new Service(e.key(), body, texts));
    }
    this.services = Collections.unmodifiableMap(s);
    this.networks = resources(root, "networks");
    this.volumes = resources(root, "volumes");
    this.secrets = resources(root, "secrets");
    this.configs = resources(root, "configs");
    this.models = resources(root, "models");
  }

  /** A view over the same typed services and resources as {@code same}, with its own facts. */
  private Project(Project same, List<Span> unset, Inclusion inclusion) {
    this.source = same.source;
    this.root = same.root;
    this.unset = unset;
    this.inclusion = inclusion;
    this.services = same.services;
    this.networks = same.networks;
    this.volumes = same.volumes;
    this.secrets = same.secrets;
    this.configs = same.configs;
    this.models = same.models;
  }

  /** The view of a loaded file (empty when the file has no mapping at the top). */
  public static Project of(ComposeFile file) {
    return of(file, new Inclusion());
  }

  /**
   * The view of a loaded file, which asks {@code inclusion} whether another compose file includes
   * it (share one per run).
   */
  public static Project of(ComposeFile file, Inclusion inclusion) {
    List<Span> unset = new ArrayList<>();
    for (Problem p : file.problems()) {
      if (p.code().equals(ComposeProblemCodes.NO_UNDEFINED_VARIABLES)
          || p.code().equals(ComposeProblemCodes.NO_MISSING_REQUIRED_VARIABLE)) {
        unset.add(p.span());
      }
    }
    unset.sort(null);
    return new Project(file.source(), file.rootMap(), List.copyOf(unset), inclusion);
  }

  /** The view of a document whose nodes all come from {@code source}. */
  public static Project of(SourceText source, Optional<MapNode> root) {
    return new Project(source, root, List.of(), new Inclusion());
  }

  /**
   * {@link #of(SourceText, Optional)}, reading the services and resources of {@code same} again
   * only when it is not a view of this very source and root (the typed values depend on nothing
   * else; a project of one file that nothing merged into is the file's own view).
   */
  public static Project of(SourceText source, Optional<MapNode> root, Optional<Project> same) {
    if (same.isPresent()
        && same.get().source == source
        && same.get().root.isPresent() == root.isPresent()
        && (root.isEmpty() || same.get().root.get() == root.get())) {
      return new Project(same.get(), List.of(), new Inclusion());
    }
    return of(source, root);
  }

  /**
   * Whether the text at {@code span} has a variable that is not set: its value is then not the one
   * Compose will see, and rules should not judge it.
   */
  public boolean hasUnsetVariable(Span span) {
    int lo = 0;
    int hi = unset.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (unset.get(mid).start() < span.end()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // unset[0..lo) start before the span ends; they do not overlap, so the last ends last
    if (lo == 0) {
      return false;
    }
    Span u = unset.get(lo - 1);
    return u.end() > span.start() || u.start() >= span.start();
  }

  public SourceText source() {
    return source;
  }

  public Optional<MapNode> root() {
    return root;
  }

  /** A top-level key. */
  public Optional<Node> get(String key) {
    return root.flatMap(r -> r.get(key));
  }

  /** The services, in file order. */
  public List<Service> services() {
    return List.copyOf(services.values());
  }

  public Optional<Service> service(String name) {
    return Optional.ofNullable(services.get(name));
  }

  /** The services by name, in file order. */
  public Map<String, Service> serviceMap() {
    return services;
  }

  /** Top-level networks by name, in file order (the implicit {@code default} is not among them). */
  public Map<String, Resource> networks() {
    return networks;
  }

  public Map<String, Resource> volumes() {
    return volumes;
  }

  public Map<String, Resource> secrets() {
    return secrets;
  }

  public Map<String, Resource> configs() {
    return configs;
  }

  public Map<String, Resource> models() {
    return models;
  }

  /** Whether a service may name this network: declared at the top, or the implicit default. */
  public boolean declaresNetwork(String name) {
    return networks.containsKey(name) || name.equals(DEFAULT_NETWORK);
  }

  /**
   * Whether the file stands alone, so that a name it uses and does not define is an error: false
   * for a file that includes others ({@code include}), and for a file named as a variant of
   * Compose's names ({@code compose.override.yaml}, {@code compose.NAME.yaml}, {@code
   * docker-compose.NAME.yml}, {@code docker-compose-NAME.yml}): such files are usually given after
   * another one with {@code -f} and add to it.
   */
  public boolean standalone() {
    if (standalone == null) {
      standalone = !has("include") && namedAsBase() && !included();
    }
    return standalone;
  }

  /**
   * Whether a compose file in the file's folder or one of the two above includes it: the file is
   * then a part of that file's project.
   */
  public boolean included() {
    return inclusion.isIncluded(source.name());
  }

  /**
   * Whether the file's name is one Compose loads first ({@code compose.yaml}...) or not a variant
   * of those names ({@code compose.override.yaml}, {@code docker-compose.prod.yml}...), which are
   * usually merged onto another file.
   */
  public boolean namedAsBase() {
    String name = source.name().replace('\\', '/');
    String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    return DEFAULT_FILE_NAMES.contains(base) || !isVariantName(base);
  }

  /**
   * Whether a lower-case file name is {@code compose}, {@code docker-compose}, then one of {@code
   * ._-}, then something, then {@code .yml} or {@code .yaml}.
   */
  static boolean isVariantName(String base) {
    String rest = base.startsWith("docker-compose") ? base.substring(14) : base;
    if (rest == base) {
      if (!base.startsWith("compose")) {
        return false;
      }
      rest = base.substring(7);
    }
    int ext = rest.endsWith(".yaml") ? 5 : rest.endsWith(".yml") ? 4 : -1;
    return ext > 0 && rest.length() > ext + 1 && "._-".indexOf(rest.charAt(0)) >= 0;
  }

  /** The file names Compose looks for. */
  public static final java.util.Set<String> DEFAULT_FILE_NAMES =
      java.util.Set.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");

  /**
   * The entries of any list-or-map value of this file ({@code KEY=VALUE} items or {@code KEY:
   * VALUE} entries), such as the {@code labels} of a network.
   */
  public List<ListOrMapEntry> keyValues(Optional<Node> value) {
    return KeyValues.of(value, new Texts(source));
  }

  /** Whether the top level has a key of this name (such as {@code secrets}). */
  public boolean has(String key) {
    return get(key).isPresent();
  }

  private static List<MapNode.Entry> section(Optional<MapNode> root, String key) {
    // plain ifs: lambdas and bound method references allocate on every call
    if (root.isEmpty()) {
      return List.of();
    }
    Optional<Node> n = root.get().get(key);
    return n.isPresent() && n.get() instanceof MapNode m ? m.entries() : List.of();
  }

  private static Map<String, Resource> resources(Optional<MapNode> root, String key) {
    Map<String, Resource> out = new LinkedHashMap<>();
    for (MapNode.Entry e : section(root, key)) {
      Optional<MapNode> body = e.value() instanceof MapNode m ? Optional.of(m) : Optional.empty();
      Optional<Node> external = body.flatMap(b -> b.get("external"));
      boolean isExternal =
          Texts.isTrue(external) || (external.isPresent() && external.get() instanceof MapNode);
      Optional<ScalarNode> name = body.flatMap(b -> b.get("name")).flatMap(Texts::nonNull);
      out.putIfAbsent(e.key().value(), new Resource(e.key(), body, isExternal, name));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Every short-syntax problem of every service's ports, volumes and devices, in file order. */
  public List<SyntaxError> syntaxErrors() {
    List<SyntaxError> out = new ArrayList<>();
    for (Service s : services.values()) {
      s.ports().forEach(p -> p.error().ifPresent(out::add));
      s.volumes().forEach(p -> p.error().ifPresent(out::add));
      s.devices().forEach(p -> p.error().ifPresent(out::add));
    }
    return out;
  }
}
