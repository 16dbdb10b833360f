package dev.berth.compose.project;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Project;
import dev.berth.core.SourceText;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compose project as {@code docker compose} assembles it: the main file, its override files, the
 * files it includes and extends from, merged into one tree whose every node keeps the file it is
 * written in ({@link #fileOf}), with the services, the profiles in effect, and the problems found
 * while assembling it.
 */
public final class ComposeProject {
  private final Path directory;
  private final List<ProjectFile> files;
  private final Optional<MapNode> root;
  private final Project model;
  private final Map<Node, ProjectFile> origins;
  private final List<ProjectService> services;
  private final Set<String> profiles;
  private final List<ProjectProblem> problems;

  private final boolean includesLoaded;

  ComposeProject(
      Path directory,
      List<ProjectFile> files,
      Optional<MapNode> root,
      Project model,
      IdentityHashMap<Node, ProjectFile> origins,
      List<ProjectService> services,
      Set<String> profiles,
      List<ProjectProblem> problems,
      boolean includesLoaded) {
    this.directory = directory;
    this.files = List.copyOf(files);
    this.root = root;
    this.model = model;
    this.origins = origins;
    this.services = List.copyOf(services);
    this.profiles = Set.copyOf(profiles);
    this.problems = List.copyOf(problems);
    this.includesLoaded = includesLoaded;
  }

  /**
   * Whether every file that an {@code include} names was loaded: false when one is missing or would
   * close a cycle, so that the names it declares are unknown.
   */
  public boolean includesLoaded() {
    return includesLoaded;
  }

  /** The project folder: relative paths of the main and override files start here. */
  public Path directory() {
    return directory;
  }

  /** Every compose file read, the main file first. */
  public List<ProjectFile> files() {
    return files;
  }

  public ProjectFile main() {
    return files.get(0);
  }

  /** The merged tree, when the main file could be loaded as a mapping. */
  public Optional<MapNode> root() {
    return root;
  }

  /**
   * The typed view of the merged tree (ports, volumes, build...). Its values come from several
   * files: report at their nodes ({@link #sourceOf}); the spans of parts of a scalar (the target
   * port of {@code "8080:80"}) are exact only in the main file, elsewhere they cover the scalar.
   */
  public Project model() {
    return model;
  }

  /** The file a node of the merged tree is written in (the main file for an unknown node). */
  public ProjectFile fileOf(Node node) {
    ProjectFile f = origins.get(node);
    return f == null ? main() : f;
  }

  /** The source a node of the merged tree is written in. */
  public SourceText sourceOf(Node node) {
    return fileOf(node).source();
  }

  /** Every service, in the order they were first defined, active or not. */
  public List<ProjectService> allServices() {
    return services;
  }

  /**
   * The services the profiles in effect enable: those without profiles and those with one of them.
   * When no profile is asked for at all, every service: a linter checks them all.
   */
  public List<ProjectService> services() {
    return services.stream().filter(ProjectService::active).toList();
  }

  public Optional<ProjectService> service(String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The profiles in effect ({@code --profile} and {@code COMPOSE_PROFILES}; {@code *}: all). */
  public Set<String> profiles() {
    return profiles;
  }

  public List<ProjectProblem> problems() {
    return problems;
  }
}
