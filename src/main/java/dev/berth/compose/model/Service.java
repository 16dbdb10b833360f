package dev.berth.compose.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A service of a compose file, with its keys read into typed values. Short and long syntax are
 * normalised as compose-go does; every value keeps the span of the text it came from. Keys without
 * a typed accessor are read with {@link #get(String)} and {@link #scalar(String)}.
 */
public final class Service {
  private final SpannedText name;
  private final ScalarNode key;
  private final MapNode node;
  private final Optional<ImageRef> image;
  private final Optional<Build> build;
  private final List<Port> ports;
  private final List<VolumeMount> volumes;
  private final List<Device> devices;
  private final Optional<NetworkMode> networkMode;
  private final List<ServiceNetwork> networks;
  private final List<Dependency> dependsOn;
  private final List<Dependency> dependencies;
  private final List<Link> links;
  private final List<Link> externalLinks;
  private final List<EnvFile> envFiles;
  private final List<ListOrMapEntry> environment;
  private final List<ListOrMapEntry> labels;
  private final List<Reference> secrets;
  private final List<Reference> configs;
  private final List<Reference> models;
  private final Optional<ServiceHealthcheck> healthcheck;
  private final List<SpannedText> profiles;
  private final List<SpannedText> volumesFrom;
  private final Texts texts;

  Service(ScalarNode key, MapNode node, Texts texts) {
    this.texts = texts;
    this.key = key;
    this.name = Texts.text(key);
    this.node = node;
    this.image = nonNull("image").map(s -> ImageRef.parse(texts.of(s)));
    this.build = node.get("build").flatMap(b -> build(b, texts));
    this.ports = entries("ports", texts, Port::parseLong, Port::parse);
    this.volumes = entries("volumes", texts, VolumeMount::parseLong, VolumeMount::parse);
    this.devices = entries("devices", texts, Device::parseLong, Device::parse);
    this.networkMode = nonNull("network_mode").map(s -> NetworkMode.of(texts.of(s)));
    this.networks = networks(texts);
    this.links = links("links", texts);
    this.externalLinks = links("external_links", texts);
    this.volumesFrom = Texts.strings(node.get("volumes_from"));
    this.dependsOn = dependsOn(texts);
    this.dependencies = dependencies(texts);
    this.envFiles = envFiles(texts);
    this.environment = KeyValues.of(node.get("environment"), texts);
    this.labels = KeyValues.of(node.get("labels"), texts);
    this.secrets = references(node.get("secrets"), "target", texts);
    this.configs = references(node.get("configs"), "target", texts);
    this.models = references(node.get("models"), "endpoint_var", texts);
    this.healthcheck = readHealthcheck();
    this.profiles = Texts.strings(node.get("profiles"));
  }

  /** The service's name, where it is written. */
  public SpannedText name() {
    return name;
  }

  public ScalarNode key() {
    return key;
  }

  /** The service's mapping (empty when the file gives no mapping). */
  public MapNode node() {
    return node;
  }

  /** Any key of the service. */
  public Optional<Node> get(String key) {
    return node.get(key);
  }

  /** Any key of the service, with its key node. */
  public Optional<MapNode.Entry> entry(String key) {
    return node.entry(key);
  }

  /** A scalar of this service's file, whose parts can be located exactly. */
  public ScalarText text(ScalarNode scalar) {
    return texts.of(scalar);
  }

  /** A key whose value is a non-null scalar, as text. */
  public Optional<SpannedText> scalar(String key) {
    return nonNull(key).map(Texts::text);
  }

  /** A key whose value is a non-null scalar. */
  public Optional<ScalarNode> nonNull(String key) {
    return node.get(key).flatMap(Texts::nonNull);
  }

  /** The strings of a key whose value is a list of strings (or one string). */
  public List<SpannedText> strings(String key) {
    return Texts.strings(node.get(key));
  }

  /**
   * Whether the service says what it runs: an {@code image}, a {@code build}, {@code extends} (the
   * base service may say it) or a {@code provider}.
   */
  public boolean definesImage() {
    return get("image").isPresent()
        || get("build").isPresent()
        || get("extends").isPresent()
        || get("provider").isPresent();
  }

  public Optional<ImageRef> image() {
    return image;
  }

  public Optional<Build> build() {
    return build;
  }

  public Optional<SpannedText> containerName() {
    return scalar("container_name");
  }

  public List<Port> ports() {
    return ports;
  }

  /** {@code expose} entries. */
  public List<SpannedText> expose() {
    return strings("expose");
  }

  public List<VolumeMount> volumes() {
    return volumes;
  }

  public List<Device> devices() {
    return devices;
  }

  public Optional<NetworkMode> networkMode() {
    return networkMode;
  }

  /**
   * The networks the service is attached to: its {@code networks} entries (list or mapping form),
   * or the implicit {@code default} network when it has neither {@code networks} nor {@code
   * network_mode} (nor {@code provider}).
   */
  public List<ServiceNetwork> networks() {
    return networks;
  }

  /** Whether the file writes a {@code networks} key for the service. */
  public boolean hasNetworksKey() {
    return node.get("networks").isPresent();
  }

  /** The explicit {@code depends_on} entries, list or mapping form. */
  public List<Dependency> dependsOn() {
    return dependsOn;
  }

  /**
   * Every dependency edge compose-go builds: {@link #dependsOn()} and the implicit ones of {@code
   * links}, {@code volumes_from} and {@code service:x} namespaces, in that order.
   */
  public List<Dependency> dependencies() {
    return dependencies;
  }

  public List<Link> links() {
    return links;
  }

  public List<Link> externalLinks() {
    return externalLinks;
  }

  /** {@code volumes_from} entries ({@code SERVICE[:ro|rw]} or {@code container:NAME[:ro|rw]}). */
  public List<SpannedText> volumesFrom() {
    return volumesFrom;
  }

  public List<EnvFile> envFiles() {
    return envFiles;
  }

  public List<ListOrMapEntry> environment() {
    return environment;
  }

  public List<ListOrMapEntry> labels() {
    return labels;
  }

  public List<Reference> secrets() {
    return secrets;
  }

  public List<Reference> configs() {
    return configs;
  }

  /** {@code models} entries (list form, or mapping form with {@code endpoint_var}). */
  public List<Reference> models() {
    return models;
  }

  public Optional<ServiceHealthcheck> healthcheck() {
    return healthcheck;
  }

  public List<SpannedText> profiles() {
    return profiles;
  }

  public Optional<MapNode> deploy() {
    return map(node.get("deploy"));
  }

  /**
   * The node when it is a mapping. (Not {@code filter(MapNode.class::isInstance)}: a bound method
   * reference allocates on every call, and this runs for every service.)
   */
  private static Optional<MapNode> map(Optional<Node> node) {
    return node.isPresent() && node.get() instanceof MapNode m ? Optional.of(m) : Optional.empty();
  }

  /**
   * A namespace value {@code service:x} of {@code ipc}, {@code pid}, {@code uts} or {@code cgroup}
   * (or {@code network_mode}): the {@code x}.
   */
  public Optional<SpannedText> serviceNamespace(String key) {
    return nonNull(key)
        .filter(s -> s.value().startsWith("service:"))
        .map(s -> texts.of(s).part(8, s.value().length()));
  }

  @Override
  public String toString() {
    return name.value();
  }

  private Optional<Build> build(Node b, Texts texts) {
    if (b instanceof ScalarNode) {
      if (((ScalarNode) b).isNull()) {
        return Optional.empty();
      }
      return Optional.of(
          new Build(
              b,
              Optional.of(Texts.text((ScalarNode) b)),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }
    if (!(b instanceof MapNode)) {
      return Optional.empty();
    }
    MapNode m = (MapNode) b;
    return Optional.of(
        new Build(
            m,
            texts.scalar(m, "context"),
            texts.scalar(m, "dockerfile"),
            texts.scalar(m, "dockerfile_inline"),
            texts.scalar(m, "target"),
            KeyValues.of(m.get("args"), texts),
            references(m.get("secrets"), "target", texts),
            KeyValues.of(m.get("additional_contexts"), texts),
            Texts.strings(m.get("platforms"))));
  }

  /** The items of a short-or-long syntax list: mappings and non-null scalars, parsed. */
  private <T> List<T> entries(
      String key,
      Texts texts,
      BiFunction<MapNode, Texts, T> longSyntax,
      Function<ScalarText, T> shortSyntax) {
    List<T> out = new ArrayList<>();
    for (Node item : items(key)) {
      if (item instanceof MapNode) {
        out.add(longSyntax.apply((MapNode) item, texts));
      } else {
        Texts.nonNull(item).ifPresent(s -> out.add(shortSyntax.apply(texts.of(s))));
      }
    }
    return List.copyOf(out);
  }

  private List<Node> items(String key) {
    Optional<Node> n = node.get(key);
    return n.isPresent() && n.get() instanceof SeqNode s ? s.items() : List.of();
  }

  private List<ServiceNetwork> networks(Texts texts) {
    List<ServiceNetwork> out = new ArrayList<>();
    Optional<Node> n = node.get("networks");
    if (n.isEmpty()) {
      if (networkMode.isEmpty() && node.get("provider").isEmpty()) {
        out.add(
            new ServiceNetwork(
                new SpannedText("default", key.span()),
                true,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                key));
      }
      return List.copyOf(out);
    }
    if (n.get() instanceof SeqNode) {
      for (Node item : ((SeqNode) n.get()).items()) {
        Optional<ScalarNode> name = Texts.nonNull(item);
        if (name.isPresent()) {
          out.add(
              new ServiceNetwork(
                  Texts.text(name.get()),
                  false,
                  List.of(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  item));
        }
      }
    } else if (n.get() instanceof MapNode) {
      for (MapNode.Entry e : ((MapNode) n.get()).entries()) {
        Optional<MapNode> config = map(Optional.of(e.value()));
        out.add(
            new ServiceNetwork(
                Texts.text(e.key()),
                false,
                config.map(c -> Texts.strings(c.get("aliases"))).orElse(List.of()),
                config.flatMap(c -> texts.scalar(c, "ipv4_address")),
                config.flatMap(c -> texts.scalar(c, "ipv6_address")),
                config,
                e.key()));
      }
    }
    return List.copyOf(out);
  }

  private List<Link> links(String key, Texts texts) {
    List<Link> out = new ArrayList<>();
    for (Node item : items(key)) {
      Texts.nonNull(item)
          .ifPresent(
              s -> {
                ListOrMapEntry kv = KeyValues.split(texts.of(s), ':');
                out.add(new Link(kv.key(), kv.value(), s));
              });
    }
    return List.copyOf(out);
  }

  private List<Dependency> dependsOn(Texts texts) {
    List<Dependency> out = new ArrayList<>();
    Optional<Node> n = node.get("depends_on");
    if (n.isEmpty()) {
      return out;
    }
    if (n.get() instanceof SeqNode) {
      for (Node item : ((SeqNode) n.get()).items()) {
        Texts.nonNull(item)
            .ifPresent(
                s ->
                    out.add(
                        new Dependency(
                            Texts.text(s),
                            Dependency.Via.DEPENDS_ON,
                            Dependency.SERVICE_STARTED,
                            Optional.empty(),
                            true,
                            false,
                            s)));
      }
    } else if (n.get() instanceof MapNode) {
      for (MapNode.Entry e : ((MapNode) n.get()).entries()) {
        Optional<MapNode> m = map(Optional.of(e.value()));
        Optional<SpannedText> condition = m.flatMap(c -> texts.scalar(c, "condition"));
        out.add(
            new Dependency(
                Texts.text(e.key()),
                Dependency.Via.DEPENDS_ON,
                condition.map(SpannedText::value).orElse(Dependency.SERVICE_STARTED),
                condition,
                !m.map(c -> Texts.isFalse(c.get("required"))).orElse(false),
                m.map(c -> Texts.isTrue(c.get("restart"))).orElse(false),
                e.value()));
      }
    }
    return List.copyOf(out);
  }

  private List<Dependency> dependencies(Texts texts) {
    List<Dependency> out = new ArrayList<>(dependsOn);
    for (Link l : links) {
      out.add(implicit(l.target(), Dependency.Via.LINKS, true, l.node()));
    }
    for (Node item : items("volumes_from")) {
      Texts.nonNull(item)
          .filter(s -> !s.value().startsWith("container:"))
          .ifPresent(
              s -> {
                int colon = s.value().indexOf(':');
                SpannedText target = colon < 0 ? texts.of(s).whole() : texts.of(s).part(0, colon);
                out.add(implicit(target, Dependency.Via.VOLUMES_FROM, false, s));
              });
    }
    networkMode
        .filter(m -> m.kind() == NetworkMode.Kind.SERVICE)
        .ifPresent(
            m ->
                out.add(
                    implicit(
                        m.target().get(),
                        Dependency.Via.NETWORK_MODE,
                        true,
                        node.get("network_mode").get())));
    Dependency.Via[] namespaces = {
      Dependency.Via.IPC, Dependency.Via.PID, Dependency.Via.UTS, Dependency.Via.CGROUP
    };
    for (Dependency.Via via : namespaces) {
      serviceNamespace(via.key())
          .ifPresent(t -> out.add(implicit(t, via, true, node.get(via.key()).get())));
    }
    return List.copyOf(out);
  }

  private static Dependency implicit(
      SpannedText target, Dependency.Via via, boolean restart, Node n) {
    return new Dependency(
        target, via, Dependency.SERVICE_STARTED, Optional.empty(), true, restart, n);
  }

  private List<EnvFile> envFiles(Texts texts) {
    List<EnvFile> out = new ArrayList<>();
    Optional<Node> n = node.get("env_file");
    if (n.isEmpty()) {
      return out;
    }
    List<Node> entries =
        n.get() instanceof SeqNode ? ((SeqNode) n.get()).items() : List.of(n.get());
    for (Node item : entries) {
      if (item instanceof MapNode) {
        MapNode m = (MapNode) item;
        texts
            .scalar(m, "path")
            .ifPresent(
                p ->
                    out.add(
                        new EnvFile(
                            p, !Texts.isFalse(m.get("required")), texts.scalar(m, "format"), m)));
      } else {
        Texts.nonNull(item)
            .ifPresent(s -> out.add(new EnvFile(Texts.text(s), true, Optional.empty(), s)));
      }
    }
    return List.copyOf(out);
  }

  private static List<Reference> references(Optional<Node> n, String targetKey, Texts texts) {
    List<Reference> out = new ArrayList<>();
    if (n.isEmpty()) {
      return out;
    }
    if (n.get() instanceof SeqNode) {
      for (Node item : ((SeqNode) n.get()).items()) {
        if (item instanceof MapNode) {
          MapNode m = (MapNode) item;
          texts
              .scalar(m, "source")
              .ifPresent(s -> out.add(new Reference(s, texts.scalar(m, targetKey), m)));
        } else {
          Texts.nonNull(item)
              .ifPresent(s -> out.add(new Reference(Texts.text(s), Optional.empty(), s)));
        }
      }
    } else if (n.get() instanceof MapNode) {
      for (MapNode.Entry e : ((MapNode) n.get()).entries()) {
        Optional<SpannedText> target =
            e.value() instanceof MapNode
                ? texts.scalar((MapNode) e.value(), targetKey)
                : Optional.empty();
        out.add(new Reference(Texts.text(e.key()), target, e.value()));
      }
    }
    return List.copyOf(out);
  }

  private Optional<ServiceHealthcheck> readHealthcheck() {
    Optional<MapNode> h = map(node.get("healthcheck"));
    if (h.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> test = h.get().get("test");
    boolean disabled = Texts.isTrue(h.get().get("disable"));
    if (test.isPresent()) {
      Node t = test.get();
      if (t instanceof SeqNode && !((SeqNode) t).items().isEmpty()) {
        disabled |=
            Texts.nonNull(((SeqNode) t).items().get(0))
                .map(s -> s.value().equals("NONE"))
                .orElse(false);
      } else if (t instanceof ScalarNode) {
        disabled |= ((ScalarNode) t).value().equals("NONE");
      }
    }
    return Optional.of(new ServiceHealthcheck(h.get(), test, disabled));
  }
}
