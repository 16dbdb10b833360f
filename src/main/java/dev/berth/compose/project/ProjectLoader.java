package dev.berth.compose.project;

import dev.berth.compose.model.Build;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.model.Service;
import dev.berth.compose.parser.ComposeEnvironment;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.parser.NodeMerger;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.DockerfileParsing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Assembles a compose project the way compose-go does: each file is loaded and interpolated, its
 * {@code include} entries are loaded as projects of their own (own folder, own {@code .env}) and
 * their resources imported, its services' {@code extends} are resolved (within the file or from
 * another file), and the files are merged in order ({@link NodeMerger}). {@code !reset} values are
 * removed at the end; profiles decide which services are active. Every node of the result keeps the
 * file it is written in.
 *
 * <p>What cannot be followed (a missing file or service, a cycle) is a {@link ProjectProblem} at
 * the place that names it; the project is assembled without it.
 */
public final class ProjectLoader {
  /** The resources an {@code include} imports into the including project. */
  private static final List<String> RESOURCES =
      List.of("services", "networks", "volumes", "secrets", "configs", "models");

  /**
   * One compose file to load: its path, its bytes when they are not to be read from disk, and the
   * file as the caller already loaded it from those bytes with the project's options (its source
   * named as the project names it), which spares loading it twice, and that file's typed view,
   * which the project reuses when nothing merged into the file.
   */
  public record Input(
      Path path, Optional<byte[]> bytes, Optional<ComposeFile> loaded, Optional<Project> model) {
    public Input(Path path, Optional<byte[]> bytes, Optional<ComposeFile> loaded) {
      this(path, bytes, loaded, Optional.empty());
    }

    public Input(Path path, Optional<byte[]> bytes) {
      this(path, bytes, Optional.empty());
    }

    public static Input of(Path path) {
      return new Input(path, Optional.empty());
    }
  }

  private final ProjectSettings settings;
  private final Function<Path, String> displayName;
  private final IdentityHashMap<Node, ProjectFile> origins = new IdentityHashMap<>();
  private final List<ProjectFile> files = new ArrayList<>();
  private final List<ProjectProblem> problems = new ArrayList<>();

  /** False once an included file is missing or would close a cycle. */
  private boolean includesLoaded = true;

  private final Map<Path, Optional<ProjectFile>> extendedFiles = new HashMap<>();
  private final Map<Path, ServiceBuild.Status> unreadable = new HashMap<>();
  private final Map<Path, Dockerfile> dockerfiles = new HashMap<>();

  private final NodeMerger.Listener listener =
      new NodeMerger.Listener() {
        @Override
        public void derived(Node made, Node base) {
          ProjectFile f = origins.get(base);
          if (f != null) {
            origins.put(made, f);
          }
        }

        @Override
        public void clash(String path, Node base, Node override) {
          ProjectFile b = origins.get(base);
          ProjectFile o = origins.get(override);
          if (b == null || o == null) {
            return;
          }
          problem(
              ProjectProblem.TYPE_CLASH,
              Level.ERROR,
              o,
              override.site(),
              "`"
                  + path
                  + "` is "
                  + kind(override)
                  + " here but "
                  + kind(base)
                  + " in "
                  + where(b, base)
                  + "; Compose refuses to merge them (\"cannot override "
                  + path
                  + "\"). Write the same kind of value in both files, or tag this one"
                  + " `!override`.");
        }
      };

  /** The environment the caller already discovered, and the folder it did so for; or null. */
  private final Path knownDirectory;

  private final ComposeEnvironment knownEnvironment;

  private final ParsedDockerfiles parsedDockerfiles;

  private ProjectLoader(
      ProjectSettings settings,
      Function<Path, String> displayName,
      Path knownDirectory,
      ComposeEnvironment knownEnvironment,
      ParsedDockerfiles parsedDockerfiles) {
    this.settings = settings;
    this.displayName = displayName;
    this.knownDirectory = knownDirectory;
    this.knownEnvironment = knownEnvironment;
    this.parsedDockerfiles = parsedDockerfiles;
  }

  /**
   * Loads the project of {@code inputs}: the first is the main file, the others are merged over it
   * in order. {@code displayName} gives the name a file is reported under.
   */
  public static ComposeProject load(
      List<Input> inputs, ProjectSettings settings, Function<Path, String> displayName) {
    return new ProjectLoader(settings, displayName, null, null, ParsedDockerfiles.create())
        .load(inputs);
  }

  /**
   * Like {@link #load(List, ProjectSettings, Function)}, with the environment the caller already
   * discovered with the same settings ({@link ComposeEnvironment#discover} of {@code directory},
   * the settings' env file, process environment and size limit): the project uses it when its
   * folder is {@code directory} (absolute and normalised) instead of reading the env file again.
   * The Dockerfiles the services build are parsed through {@code dockerfiles}, which a run shares
   * between its projects.
   */
  public static ComposeProject load(
      List<Input> inputs,
      ProjectSettings settings,
      Function<Path, String> displayName,
      Path directory,
      ComposeEnvironment environment,
      ParsedDockerfiles dockerfiles) {
    return new ProjectLoader(settings, displayName, directory, environment, dockerfiles)
        .load(inputs);
  }

  /**
   * The override files {@code docker compose} merges into a main file automatically: {@code
   * compose.override.yaml} (or {@code .yml}) beside {@code compose.yaml}, {@code
   * docker-compose.override.yml} (or {@code .yaml}) beside {@code docker-compose.yml}; the first
   * that exists.
   */
  public static Optional<Path> overrideOf(Path main) {
    String name = main.getFileName().toString();
    String stem;
    if (name.equals("compose.yaml") || name.equals("compose.yml")) {
      stem = "compose.override.";
    } else if (name.equals("docker-compose.yml") || name.equals("docker-compose.yaml")) {
      stem = "docker-compose.override.";
    } else {
      return Optional.empty();
    }
    for (String ext : List.of("yaml", "yml")) {
      Path p = main.resolveSibling(stem + ext);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The names {@code docker compose} looks for: a file so named is a project's main file. */
  public static boolean isMainName(Path file) {
    String name = file.getFileName().toString();
    return List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml")
        .contains(name);
  }

  /** The names of override files, which {@code docker compose} never loads alone. */
  public static boolean isOverrideName(Path file) {
    String name = file.getFileName().toString();
    return List.of(
            "compose.override.yaml",
            "compose.override.yml",
            "docker-compose.override.yml",
            "docker-compose.override.yaml")
        .contains(name);
  }

  /**
   * The files a compose file's {@code include} entries name, resolved from its folder (or the
   * entry's {@code project_directory}); for telling which files are parts of another project.
   */
  public static List<Path> includedBy(ComposeFile file, Path folder) {
    List<Path> out = new ArrayList<>();
    Optional<Node> include = file.rootMap().flatMap(r -> r.get("include"));
    if (include.isEmpty() || !(include.get() instanceof SeqNode entries)) {
      return out;
    }
    for (Node entry : entries.items()) {
      List<ScalarNode> paths = new ArrayList<>();
      if (entry instanceof ScalarNode s) {
        paths.add(s);
      } else if (entry instanceof MapNode m) {
        paths.addAll(scalars(m.get("path")));
      }
      for (ScalarNode p : paths) {
        resolvePath(folder, p.value()).ifPresent(out::add);
      }
    }
    return out;
  }

  /** True for a file name {@code docker compose} reads as an override file of a sibling. */
  public static boolean isOverrideOfSibling(Path file) {
    String name = file.getFileName().toString();
    List<String> mains;
    if (name.equals("compose.override.yaml") || name.equals("compose.override.yml")) {
      mains = List.of("compose.yaml", "compose.yml");
    } else if (name.equals("docker-compose.override.yml")
        || name.equals("docker-compose.override.yaml")) {
      mains = List.of("docker-compose.yml", "docker-compose.yaml");
    } else {
      return false;
    }
    for (String m : mains) {
      Path main = file.resolveSibling(m);
      if (Files.isRegularFile(main)) {
        return overrideOf(main).map(o -> o.getFileName().equals(file.getFileName())).orElse(false);
      }
    }
    return false;
  }

  private ComposeProject load(List<Input> inputs) {
    Path mainPath = inputs.get(0).path().toAbsolutePath().normalize();
    Path directory =
        settings
            .projectDirectory()
            .map(p -> p.toAbsolutePath().normalize())
            .orElse(parent(mainPath));
    ComposeEnvironment env =
        knownEnvironment != null && directory.equals(knownDirectory)
            ? knownEnvironment
            : environment(directory, settings.envFile());
    ComposeLoadOptions options = settings.loadOptions().withEnvironment(env);
    MapNode merged = null;
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      Path path = in.path().toAbsolutePath().normalize();
      Optional<ProjectFile> file =
          read(
              path,
              in.bytes(),
              in.loaded(),
              options,
              directory,
              i == 0 ? ProjectFile.Role.MAIN : ProjectFile.Role.OVERRIDE);
      if (file.isEmpty() || file.get().loaded().rootMap().isEmpty()) {
        continue;
      }
      if (i == 0 && (inputs.size() > 1 || isMainName(path))) {
        resetsInBaseFile(file.get());
      }
      MapNode root = resolve(file.get(), options, new ArrayDeque<>(List.of(path)));
      merged = merged == null ? root : (MapNode) NodeMerger.mergeDocuments(merged, root, listener);
    }
    if (files.isEmpty()) {
      // the main file could not be read: an empty project that still names it
      SourceText empty = SourceText.of(displayName.apply(mainPath), new byte[0]);
      files.add(
          new ProjectFile(
              mainPath,
              new ComposeFile(empty, Optional.empty(), List.of()),
              directory,
              ProjectFile.Role.MAIN));
    }
    Optional<MapNode> root = Optional.empty();
    if (merged != null) {
      root = Optional.of((MapNode) withoutResets(merged));
    }
    Set<String> profiles = new LinkedHashSet<>(settings.profiles());
    String fromEnv = env.variables().get("COMPOSE_PROFILES");
    if (fromEnv != null) {
      for (String p : fromEnv.split(",")) {
        if (!p.isBlank()) {
          profiles.add(p.strip());
        }
      }
    }
    List<ProjectService> services = new ArrayList<>();
    Project model = Project.of(main().source(), root, inputs.get(0).model());
    Optional<MapNode> serviceMap = root.flatMap(r -> map(r.get("services")));
    if (serviceMap.isPresent()) {
      for (MapNode.Entry e : serviceMap.get().entries()) {
        if (!(e.value() instanceof MapNode def)) {
          continue;
        }
        List<String> own = strings(def.get("profiles"));
        boolean active =
            own.isEmpty()
                || profiles.isEmpty()
                || profiles.contains("*")
                || own.stream().anyMatch(profiles::contains);
        String name = e.key().value();
        services.add(
            new ProjectService(
                name,
                e.key(),
                def,
                own,
                active,
                def.get("build")
                    .map(b -> build(name, b, model.service(name).flatMap(Service::build)))));
      }
    }
    problems.sort(
        java.util.Comparator.comparing((ProjectProblem p) -> p.file().name())
            .thenComparing(ProjectProblem::span));
    return new ComposeProject(
        directory,
        files,
        root,
        model,
        origins,
        services,
        profiles,
        dedupe(problems),
        includesLoaded);
  }

  private static List<ProjectProblem> dedupe(List<ProjectProblem> problems) {
    return List.copyOf(new LinkedHashSet<>(problems));
  }

  private ComposeEnvironment environment(Path directory, Optional<Path> envFile) {
    try {
      return ComposeEnvironment.discover(
          directory, envFile, settings.processEnvironment(), settings.maxFileSize());
    } catch (IOException | InvalidPathException e) {
      return ComposeEnvironment.of(settings.processEnvironment());
    }
  }

  private static Path parent(Path p) {
    Path parent = p.getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** Reads and loads one compose file, registering it and its nodes. */
  private Optional<ProjectFile> read(
      Path path,
      Optional<byte[]> given,
      ComposeLoadOptions options,
      Path relativeTo,
      ProjectFile.Role role) {
    return read(path, given, Optional.empty(), options, relativeTo, role);
  }

  private Optional<ProjectFile> read(
      Path path,
      Optional<byte[]> given,
      Optional<ComposeFile> preloaded,
      ComposeLoadOptions options,
      Path relativeTo,
      ProjectFile.Role role) {
    byte[] bytes;
    if (given.isPresent()) {
      bytes = given.get();
    } else {
      Optional<byte[]> read = readFile(path, settings.maxFileSize());
      if (read.isEmpty()) {
        return Optional.empty();
      }
      bytes = read.get();
    }
    String name = displayName.apply(path);
    ComposeFile loaded =
        preloaded.isPresent()
                && preloaded.get().source().name().equals(name)
                && java.util.Arrays.equals(preloaded.get().source().bytes(), bytes)
            ? preloaded.get()
            : ComposeLoading.load(SourceText.of(name, bytes), options);
    ProjectFile file = new ProjectFile(path, loaded, relativeTo, role);
    files.add(file);
    loaded.root().ifPresent(r -> register(r, file));
    return Optional.of(file);
  }

  private static Optional<byte[]> readFile(Path path, long max) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      return bytes.length > max ? Optional.empty() : Optional.of(bytes);
    } catch (IOException | SecurityException | InvalidPathException e) {
      return Optional.empty();
    }
  }

  private void register(Node node, ProjectFile file) {
    Deque<Node> todo = new ArrayDeque<>(List.of(node));
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      origins.put(n, file);
      if (n instanceof MapNode m) {
        for (MapNode.Entry e : m.entries()) {
          origins.put(e.key(), file);
          todo.push(e.value());
        }
      } else if (n instanceof SeqNode s) {
        s.items().forEach(todo::push);
      }
    }
  }

  /** A file's root with its includes imported and its services' extends resolved. */
  private MapNode resolve(ProjectFile file, ComposeLoadOptions options, Deque<Path> includes) {
    MapNode root = file.loaded().rootMap().get();
    root = include(root, file, includes);
    return extend(root, file, options);
  }

  // ---- include ----------------------------------------------------------------------------

  private MapNode include(MapNode root, ProjectFile file, Deque<Path> chain) {
    Optional<Node> include = root.get("include");
    if (include.isEmpty() || !(include.get() instanceof SeqNode entries)) {
      return root;
    }
    MapNode out = root;
    for (Node entry : entries.items()) {
      List<ScalarNode> paths = new ArrayList<>();
      List<ScalarNode> envFiles = new ArrayList<>();
      Optional<ScalarNode> projectDir = Optional.empty();
      if (entry instanceof ScalarNode s) {
        paths.add(s);
      } else if (entry instanceof MapNode m) {
        paths.addAll(scalars(m.get("path")));
        envFiles.addAll(scalars(m.get("env_file")));
        projectDir =
            m.get("project_directory")
                .filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast);
      }
      if (paths.isEmpty()) {
        continue;
      }
      List<Path> resolved = new ArrayList<>();
      boolean ok = true;
      for (ScalarNode p : paths) {
        Optional<Path> at = resolvePath(file.relativeTo(), p.value());
        if (at.isEmpty() || !Files.isRegularFile(at.get())) {
          problem(
              ProjectProblem.INCLUDE,
              Level.ERROR,
              file,
              p.site(),
              "The included file `"
                  + p.value()
                  + "` does not exist"
                  + at.map(a -> " (looked for " + displayName.apply(a) + ")").orElse("")
                  + "; Compose refuses to load the project. Fix the path or remove the entry.");
          ok = false;
          includesLoaded = false;
          continue;
        }
        if (chain.contains(at.get())) {
          StringBuilder cycle = new StringBuilder();
          for (java.util.Iterator<Path> it = chain.descendingIterator(); it.hasNext(); ) {
            cycle.append(displayName.apply(it.next())).append(" includes ");
          }
          cycle.append(displayName.apply(at.get()));
          problem(
              ProjectProblem.INCLUDE,
              Level.ERROR,
              file,
              p.site(),
              "Include cycle: " + cycle + "; Compose refuses it. Remove one of the includes.");
          ok = false;
          includesLoaded = false;
          continue;
        }
        resolved.add(at.get());
      }
      Path base =
          projectDir
              .flatMap(d -> resolvePath(file.relativeTo(), d.value()))
              .orElse(resolved.isEmpty() ? file.relativeTo() : parent(resolved.get(0)));
      Optional<Path> envFile = Optional.empty();
      for (ScalarNode e : envFiles) {
        Optional<Path> at = resolvePath(file.relativeTo(), e.value());
        if (at.isEmpty() || !Files.isRegularFile(at.get())) {
          problem(
              ProjectProblem.INCLUDE,
              Level.ERROR,
              file,
              e.site(),
              "The env file `"
                  + e.value()
                  + "` of this include does not exist; Compose refuses to load the project. Fix"
                  + " the path (it is relative to the including project's folder).");
        } else if (envFile.isEmpty()) {
          envFile = at;
        }
      }
      if (!ok || resolved.isEmpty()) {
        continue;
      }
      ComposeLoadOptions options =
          settings.loadOptions().withEnvironment(environment(base, envFile));
      MapNode included = null;
      for (Path p : resolved) {
        Optional<ProjectFile> f =
            read(p, Optional.empty(), options, base, ProjectFile.Role.INCLUDED);
        if (f.isEmpty() || f.get().loaded().rootMap().isEmpty()) {
          continue;
        }
        chain.push(p);
        MapNode r = resolve(f.get(), options, chain);
        chain.pop();
        included =
            included == null ? r : (MapNode) NodeMerger.mergeDocuments(included, r, listener);
      }
      if (included != null) {
        out = importResources(out, file, included);
      }
    }
    return out;
  }

  /** Adds an included project's resources to the including file's root. */
  private MapNode importResources(MapNode root, ProjectFile file, MapNode included) {
    List<MapNode.Entry> entries = new ArrayList<>(root.entries());
    for (String kind : RESOURCES) {
      Optional<MapNode> theirs = map(included.get(kind));
      if (theirs.isEmpty()) {
        continue;
      }
      int at = -1;
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).key().value().equals(kind)) {
          at = i;
        }
      }
      if (at < 0 || !(entries.get(at).value() instanceof MapNode ours)) {
        MapNode.Entry e = included.entry(kind).get();
        if (at < 0) {
          entries.add(e);
        }
        continue;
      }
      List<MapNode.Entry> merged = new ArrayList<>(ours.entries());
      for (MapNode.Entry e : theirs.get().entries()) {
        int same = -1;
        for (int i = 0; i < merged.size(); i++) {
          if (merged.get(i).key().value().equals(e.key().value())) {
            same = i;
          }
        }
        if (same < 0) {
          merged.add(e);
          continue;
        }
        MapNode.Entry mine = merged.get(same);
        problem(
            ProjectProblem.INCLUDE,
            Level.WARNING,
            origins.getOrDefault(mine.key(), file),
            mine.key().site(),
            kind.substring(0, kind.length() - 1)
                + " `"
                + e.key().value()
                + "` is defined here and in the included "
                + where(origins.get(e.key()), e.key())
                + "; Compose merges the two definitions. Rename one of them, or define it in one"
                + " place.");
        merged.set(
            same,
            new MapNode.Entry(
                mine.key(),
                NodeMerger.mergeService(e.key().value(), e.value(), mine.value(), listener),
                mine.merged()));
      }
      MapNode m = new MapNode(ours.span(), List.copyOf(merged), ours.tag(), ours.alias());
      listener.derived(m, ours);
      entries.set(at, new MapNode.Entry(entries.get(at).key(), m, entries.get(at).merged()));
    }
    MapNode out = new MapNode(root.span(), List.copyOf(entries), root.tag(), root.alias());
    listener.derived(out, root);
    return out;
  }

  // ---- extends ----------------------------------------------------------------------------

  /** A link of an extends chain: a service of a file. */
  private record Link(Path file, String service) {
    // Written out: the record's own equals and hashCode bootstrap on first use (cold JVM).
    @Override
    public boolean equals(Object o) {
      return o instanceof Link l && file.equals(l.file) && service.equals(l.service);
    }

    @Override
    public int hashCode() {
      return file.hashCode() * 31 + service.hashCode();
    }
  }

  private MapNode extend(MapNode root, ProjectFile file, ComposeLoadOptions options) {
    Optional<MapNode> services = map(root.get("services"));
    if (services.isEmpty()) {
      return root;
    }
    boolean any = false;
    List<MapNode.Entry> out = new ArrayList<>();
    Map<Link, MapNode> done = new HashMap<>();
    for (MapNode.Entry e : services.get().entries()) {
      if (e.value() instanceof MapNode def && def.get("extends").isPresent()) {
        any = true;
        MapNode resolved =
            service(file, services.get(), e.key().value(), def, options, new ArrayDeque<>(), done);
        out.add(new MapNode.Entry(e.key(), resolved, e.merged()));
      } else {
        out.add(e);
      }
    }
    if (!any) {
      return root;
    }
    MapNode s =
        new MapNode(
            services.get().span(), List.copyOf(out), services.get().tag(), services.get().alias());
    listener.derived(s, services.get());
    List<MapNode.Entry> top = new ArrayList<>();
    for (MapNode.Entry e : root.entries()) {
      top.add(e.key().value().equals("services") ? new MapNode.Entry(e.key(), s, e.merged()) : e);
    }
    MapNode r = new MapNode(root.span(), List.copyOf(top), root.tag(), root.alias());
    listener.derived(r, root);
    return r;
  }

  /**
   * A service's definition with its extends chain merged in. When the chain cannot be resolved (a
   * missing file or service, a cycle), the problem is recorded and the definition keeps its {@code
   * extends}: checks of the merged project then know the service is not complete, and do not report
   * it as having no image.
   */
  private MapNode service(
      ProjectFile file,
      MapNode services,
      String name,
      MapNode def,
      ComposeLoadOptions options,
      Deque<Link> chain,
      Map<Link, MapNode> done) {
    Link self = new Link(file.path(), name);
    MapNode cached = done.get(self);
    if (cached != null) {
      return cached;
    }
    Optional<Node> ext = def.get("extends");
    if (ext.isEmpty()) {
      return def;
    }
    MapNode own = without(def, "extends");
    Optional<ScalarNode> baseName = Optional.empty();
    Optional<ScalarNode> baseFile = Optional.empty();
    if (ext.get() instanceof ScalarNode s) {
      baseName = Optional.of(s);
    } else if (ext.get() instanceof MapNode m) {
      baseName = m.get("service").filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
      baseFile = m.get("file").filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
    }
    if (baseName.isEmpty()) {
      return def;
    }
    ProjectFile where = file;
    MapNode whereServices = services;
    if (baseFile.isPresent()) {
      Optional<Path> at = resolvePath(parent(file.path()), baseFile.get().value());
      Optional<ProjectFile> other = at.flatMap(p -> extendedFile(p, options));
      if (other.isEmpty()) {
        problem(
            ProjectProblem.EXTENDS,
            Level.ERROR,
            file,
            baseFile.get().site(),
            "Service `"
                + name
                + "` extends a service of `"
                + baseFile.get().value()
                + "`, but that file "
                + (at.isPresent() && Files.isRegularFile(at.get())
                    ? "cannot be loaded"
                    : "does not exist")
                + "; Compose refuses the project. Fix the path (it is relative to this file's"
                + " folder).");
        return def;
      }
      where = other.get();
      Optional<MapNode> s = where.loaded().rootMap().flatMap(r -> map(r.get("services")));
      if (s.isEmpty()) {
        problem(
            ProjectProblem.EXTENDS,
            Level.ERROR,
            file,
            baseName.get().site(),
            "Service `"
                + name
                + "` extends `"
                + baseName.get().value()
                + "`, but "
                + where.source().name()
                + " has no `services` mapping; Compose refuses the project.");
        return def;
      }
      whereServices = s.get();
    }
    Link base = new Link(where.path(), baseName.get().value());
    if (base.equals(self) || chain.contains(base)) {
      StringBuilder cycle = new StringBuilder();
      List<Link> links = new ArrayList<>(chain);
      java.util.Collections.reverse(links);
      links.add(self);
      for (Link l : links) {
        cycle.append(l.service()).append(" extends ");
      }
      cycle.append(base.service());
      problem(
          ProjectProblem.EXTENDS,
          Level.ERROR,
          file,
          baseName.get().site(),
          "Extends cycle: " + cycle + "; Compose refuses it. Break the chain.");
      return def;
    }
    Optional<Node> baseDef = whereServices.get(baseName.get().value());
    if (baseDef.isEmpty() || !(baseDef.get() instanceof MapNode baseMap)) {
      problem(
          ProjectProblem.EXTENDS,
          Level.ERROR,
          file,
          baseName.get().site(),
          "Service `"
              + name
              + "` extends `"
              + baseName.get().value()
              + "`, but "
              + (baseFile.isPresent() ? where.source().name() : "this file")
              + " defines no such service"
              + suggestion(whereServices, baseName.get().value())
              + "; Compose refuses the project.");
      return def;
    }
    chain.push(self);
    MapNode resolvedBase =
        service(where, whereServices, base.service(), baseMap, options, chain, done);
    chain.pop();
    MapNode merged = (MapNode) NodeMerger.mergeService(name, resolvedBase, own, listener);
    done.put(self, merged);
    return merged;
  }

  private static String suggestion(MapNode services, String wanted) {
    for (MapNode.Entry e : services.entries()) {
      if (e.key().value().equalsIgnoreCase(wanted)) {
        return " (did you mean `" + e.key().value() + "`?)";
      }
    }
    return "";
  }

  private Optional<ProjectFile> extendedFile(Path path, ComposeLoadOptions options) {
    return extendedFiles.computeIfAbsent(
        path,
        p -> {
          if (!Files.isRegularFile(p)) {
            return Optional.empty();
          }
          Optional<ProjectFile> f =
              read(p, Optional.empty(), options, parent(p), ProjectFile.Role.EXTENDED);
          return f.filter(x -> x.loaded().rootMap().isPresent());
        });
  }

  private MapNode without(MapNode map, String key) {
    List<MapNode.Entry> out = new ArrayList<>();
    for (MapNode.Entry e : map.entries()) {
      if (!e.key().value().equals(key)) {
        out.add(e);
      }
    }
    MapNode m = new MapNode(map.span(), List.copyOf(out), map.tag(), map.alias());
    listener.derived(m, map);
    return m;
  }

  // ---- !reset in a base file --------------------------------------------------------------

  /**
   * {@code !reset} and {@code !override} in the main file have nothing to act on, except inside a
   * service that extends another.
   */
  private void resetsInBaseFile(ProjectFile file) {
    if (file.loaded().source().text().indexOf('!') < 0) {
      return; // every tag is written with '!': a file without one has no tagged node
    }
    MapNode root = file.loaded().rootMap().get();
    Deque<Node> todo = new ArrayDeque<>();
    for (MapNode.Entry e : root.entries()) {
      if (e.key().value().equals("services") && e.value() instanceof MapNode services) {
        for (MapNode.Entry s : services.entries()) {
          if (!(s.value() instanceof MapNode def && def.get("extends").isPresent())) {
            todo.push(s.value());
          }
        }
      } else {
        todo.push(e.value());
      }
    }
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      for (String tag : List.of(NodeMerger.RESET, NodeMerger.OVERRIDE)) {
        if (NodeMerger.isTagged(n, tag)) {
          problem(
              ProjectProblem.RESET_IN_BASE,
              Level.INFO,
              file,
              n.site(),
              "`"
                  + tag
                  + "` has no effect in the main compose file: there is nothing before it to "
                  + (tag.equals(NodeMerger.RESET) ? "reset" : "override")
                  + ". Move it to an override file, or remove the tag.");
        }
      }
      if (n instanceof MapNode m) {
        m.entries().forEach(e -> todo.push(e.value()));
      } else if (n instanceof SeqNode s) {
        s.items().forEach(todo::push);
      }
    }
  }

  private Node withoutResets(Node merged) {
    return NodeMerger.withoutResets(merged, listener);
  }

  // ---- build --------------------------------------------------------------------------------

  private ServiceBuild build(String service, Node build, Optional<Build> typed) {
    Optional<ScalarNode> contextNode = Optional.empty();
    Optional<ScalarNode> dockerfileNode = Optional.empty();
    Optional<ScalarNode> target = Optional.empty();
    Optional<ScalarNode> inline = Optional.empty();
    List<ServiceBuild.BuildArg> args = new ArrayList<>();
    if (typed.isPresent()) {
      Build b = typed.get();
      contextNode =
          (b.node() instanceof ScalarNode s ? Optional.of(s) : scalar(b.get("context")))
              .filter(ProjectLoader::notBlank);
      dockerfileNode = scalar(b.get("dockerfile")).filter(ProjectLoader::notBlank);
      target = scalar(b.get("target")).filter(ProjectLoader::notBlank);
      inline = scalar(b.get("dockerfile_inline"));
      b.args().forEach(a -> args.add(new ServiceBuild.BuildArg(a)));
    }
    String context = contextNode.map(ScalarNode::value).orElse(".");
    String dockerfile = dockerfileNode.map(ScalarNode::value).orElse("Dockerfile");
    if (inline.isPresent()) {
      SourceText text =
          SourceText.of(
              origins.getOrDefault(inline.get(), main()).source().name()
                  + " (service "
                  + service
                  + " dockerfile_inline)",
              inline.get().value());
      return new ServiceBuild(
          service,
          build,
          context,
          contextNode,
          Optional.empty(),
          dockerfile,
          dockerfileNode,
          Optional.empty(),
          target,
          args,
          ServiceBuild.Status.INLINE,
          Optional.of(DockerfileParsing.parse(text)));
    }
    if (isRemote(context)) {
      return new ServiceBuild(
          service,
          build,
          context,
          contextNode,
          Optional.empty(),
          dockerfile,
          dockerfileNode,
          Optional.empty(),
          target,
          args,
          ServiceBuild.Status.REMOTE,
          Optional.empty());
    }
    Node anchor = contextNode.<Node>map(n -> n).orElse(build);
    Path relativeTo = origins.getOrDefault(anchor, main()).relativeTo();
    Optional<Path> dir = resolvePath(relativeTo, context);
    Optional<Path> file = dir.flatMap(d -> resolvePath(d, dockerfile));
    ServiceBuild.Status status;
    Optional<Dockerfile> parsed = Optional.empty();
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      status = ServiceBuild.Status.NO_CONTEXT;
    } else if (file.isEmpty() || !Files.isRegularFile(file.get())) {
      status = ServiceBuild.Status.NO_DOCKERFILE;
    } else {
      parsed = dockerfile(file.get());
      status = parsed.isPresent() ? ServiceBuild.Status.FOUND : unreadable.get(file.get());
    }
    return new ServiceBuild(
        service,
        build,
        context,
        contextNode,
        dir,
        dockerfile,
        dockerfileNode,
        file,
        target,
        args,
        status,
        parsed);
  }

  private Optional<Dockerfile> dockerfile(Path file) {
    Dockerfile known = dockerfiles.get(file);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      if (Files.size(file) > settings.maxFileSize()) {
        unreadable.put(file, ServiceBuild.Status.TOO_LARGE);
        return Optional.empty();
      }
    } catch (IOException e) {
      unreadable.put(file, ServiceBuild.Status.UNREADABLE);
      return Optional.empty();
    }
    Optional<byte[]> bytes = readFile(file, settings.maxFileSize());
    if (bytes.isEmpty()) {
      unreadable.put(file, ServiceBuild.Status.UNREADABLE);
      return Optional.empty();
    }
    Dockerfile d = parsedDockerfiles.parse(file, displayName.apply(file), bytes.get());
    dockerfiles.put(file, d);
    return Optional.of(d);
  }

  /** A git repository or URL context, which Compose hands to the builder to fetch. */
  public static boolean isRemote(String context) {
    return context.contains("://")
        || context.startsWith("git@")
        || context.startsWith("github.com/")
        || context.startsWith("service:")
        || context.startsWith("docker-image:")
        || context.startsWith("oci-layout:");
  }

  // ---- helpers ------------------------------------------------------------------------------

  private ProjectFile main() {
    return files.get(0);
  }

  private void problem(String code, Level level, ProjectFile file, Span span, String message) {
    problems.add(new ProjectProblem(code, level, file.source(), span, message));
  }

  private static String where(ProjectFile file, Node node) {
    if (file == null) {
      return "another file";
    }
    return file.source().name() + ":" + file.source().start(node.site()).line();
  }

  private static String kind(Node n) {
    if (n instanceof MapNode) {
      return "a mapping";
    }
    return n instanceof SeqNode ? "a sequence" : "a scalar";
  }

  private static Optional<Path> resolvePath(Path base, String path) {
    try {
      String p = path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
      return Optional.of(base.resolve(p).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** A value interpolated to nothing counts as not written, as Compose reads it. */
  private static boolean notBlank(ScalarNode n) {
    return !n.value().isBlank();
  }

  // plain ifs: bound method references (MapNode.class::isInstance) allocate on every call
  private static Optional<MapNode> map(Optional<Node> node) {
    return node.isPresent() && node.get() instanceof MapNode m ? Optional.of(m) : Optional.empty();
  }

  private static Optional<ScalarNode> scalar(Optional<Node> node) {
    return node.isPresent() && node.get() instanceof ScalarNode s && !s.isNull()
        ? Optional.of(s)
        : Optional.empty();
  }

  private static List<ScalarNode> scalars(Optional<Node> node) {
    List<ScalarNode> out = new ArrayList<>();
    if (node.isPresent() && node.get() instanceof ScalarNode s && !s.isNull()) {
      out.add(s);
    } else if (node.isPresent() && node.get() instanceof SeqNode seq) {
      for (Node item : seq.items()) {
        if (item instanceof ScalarNode s) {
          out.add(s);
        } else if (item instanceof MapNode m) {
          scalar(m.get("path")).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static List<String> strings(Optional<Node> node) {
    return scalars(node).stream().map(ScalarNode::value).toList();
  }
}
