package dev.berth.config;

import dev.berth.engine.ListedFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the config files that apply to a folder. From the folder upward to the repository root (the
 * first folder holding {@code .git}; without one, the filesystem root), the nearest file of each
 * dialect is taken: {@code .berth.yaml}/{@code .berth.yml}, {@code .hadolint.yaml}/{@code
 * .hadolint.yml}, {@code .dclintrc}/{@code .dclintrc.json}/{@code .dclintrc.yaml}/{@code
 * .dclintrc.yml}. When none at all is found there, the user's config folder is used: {@code
 * berth/config.yaml} (or {@code .yml}) and hadolint's {@code hadolint.yaml} (or {@code .yml}).
 *
 * <p>Results are cached per folder and safe to share between threads; a folder's answer is computed
 * from its parent's cached one, so each folder is looked at once. In a folder that the run's file
 * walk listed, what it saw answers without a system call (see {@link ListedFolders}).
 */
final class ConfigDiscovery {
  private final Map<Path, FoundConfigs> byFolder = new ConcurrentHashMap<>();
  private final FoundConfigs userLevel;
  private final ListedFolders listed;

  ConfigDiscovery(Optional<Path> userConfigDirectory, ListedFolders listed) {
    this.userLevel =
        userConfigDirectory.map(ConfigDiscovery::inUserFolder).orElse(FoundConfigs.NONE);
    this.listed = listed;
  }

  /** The names a walk should remember for this discovery: the config files and {@code .git}. */
  static Set<String> namesToList() {
    Set<String> names = new HashSet<>();
    for (ConfigDialect d : ConfigDialect.values()) {
      names.addAll(d.fileNames());
    }
    names.add(".git");
    return names;
  }

  /**
   * The user's config folder: {@code $XDG_CONFIG_HOME} when it is an absolute path, else {@code
   * $HOME/.config}; empty when neither is set.
   */
  static Optional<Path> userConfigDirectory(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg));
    }
    String home = env.get("HOME");
    if (home != null && !home.isEmpty()) {
      return Optional.of(Path.of(home, ".config"));
    }
    return Optional.empty();
  }

  private static FoundConfigs inUserFolder(Path folder) {
    return new FoundConfigs(
        firstFile(
            ListedFolders.NONE, folder.resolve("berth"), List.of("config.yaml", "config.yml")),
        firstFile(ListedFolders.NONE, folder, List.of("hadolint.yaml", "hadolint.yml")),
        Optional.empty());
  }

  /** The files for an absolute, normalized folder. */
  FoundConfigs find(Path folder) {
    FoundConfigs inTree = inTree(folder);
    return inTree.isEmpty() ? userLevel : inTree;
  }

  private FoundConfigs inTree(Path folder) {
    FoundConfigs cached = byFolder.get(folder);
    if (cached != null) {
      return cached;
    }
    Deque<Path> pending = new ArrayDeque<>();
    FoundConfigs above = FoundConfigs.NONE;
    for (Path p = folder; p != null; p = p.getParent()) {
      FoundConfigs known = byFolder.get(p);
      if (known != null) {
        above = known;
        break;
      }
      pending.push(p);
      if (isRepositoryRoot(p)) {
        break;
      }
    }
    FoundConfigs result = above;
    while (!pending.isEmpty()) {
      Path p = pending.pop();
      boolean root = isRepositoryRoot(p);
      FoundConfigs own = inFolder(p);
      result = root ? own : own.over(result);
      FoundConfigs raced = byFolder.putIfAbsent(p, result);
      if (raced != null) {
        result = raced;
      }
    }
    return result;
  }

  private boolean isRepositoryRoot(Path folder) {
    ListedFolders.Kind git = listed.kind(folder, ".git");
    if (git == ListedFolders.Kind.UNKNOWN) {
      return Files.exists(folder.resolve(".git"));
    }
    return git != ListedFolders.Kind.ABSENT;
  }

  private FoundConfigs inFolder(Path folder) {
    return new FoundConfigs(
        firstFile(listed, folder, ConfigDialect.BERTH.fileNames()),
        firstFile(listed, folder, ConfigDialect.HADOLINT.fileNames()),
        firstFile(listed, folder, ConfigDialect.DCLINT.fileNames()));
  }

  private static Optional<Path> firstFile(ListedFolders listed, Path folder, List<String> names) {
    for (String name : names) {
      ListedFolders.Kind kind = listed.kind(folder, name);
      if (kind == ListedFolders.Kind.FILE
          || kind == ListedFolders.Kind.UNKNOWN && Files.isRegularFile(folder.resolve(name))) {
        return Optional.of(folder.resolve(name));
      }
    }
    return Optional.empty();
  }
}
