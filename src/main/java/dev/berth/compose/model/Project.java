package dev.berth.compose.model;

import dev.berth.core.SourceText;
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

  private Project(SourceText source, Optional<MapNode> root) {
    this.source = source;
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

  /** The view of a loaded file (empty when the file has no mapping at the top). */
  public static Project of(ComposeFile file) {
    return new Project(file.source(), file.rootMap());
  }

  /** The view of a document whose nodes all come from {@code source}. */
  public static Project of(SourceText source, Optional<MapNode> root) {
    return new Project(source, root);
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

  /** Whether the top level has a key of this name (such as {@code secrets}). */
  public boolean has(String key) {
    return get(key).isPresent();
  }

  private static List<MapNode.Entry> section(Optional<MapNode> root, String key) {
    return root.flatMap(r -> r.get(key))
        .filter(MapNode.class::isInstance)
        .map(n -> ((MapNode) n).entries())
        .orElse(List.of());
  }

  private static Map<String, Resource> resources(Optional<MapNode> root, String key) {
    Map<String, Resource> out = new LinkedHashMap<>();
    for (MapNode.Entry e : section(root, key)) {
      Optional<MapNode> body =
          Optional.of(e.value()).filter(MapNode.class::isInstance).map(MapNode.class::cast);
      Optional<Node> external = body.flatMap(b -> b.get("external"));
      boolean isExternal =
          Texts.isTrue(external) || external.filter(MapNode.class::isInstance).isPresent();
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
