package dev.berth.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * from its parent's cached one, so each folder is looked at once.
 */
final class ConfigDiscovery {
  private final Map<Path, FoundConfigs> byFolder = new ConcurrentHashMap<>();
  private final FoundConfigs userLevel;

  ConfigDiscovery(Optional<Path> userConfigDirectory) {
    this.userLevel =
        userConfigDirectory.map(ConfigDiscovery::inUserFolder).orElse(FoundConfigs.NONE);
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
        firstFile(folder.resolve("berth"), List.of("config.yaml", "config.yml")),
        firstFile(folder, List.of("hadolint.yaml", "hadolint.yml")),
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

  private static boolean isRepositoryRoot(Path folder) {
    return Files.exists(folder.resolve(".git"));
  }

  private static FoundConfigs inFolder(Path folder) {
    return new FoundConfigs(
        firstFile(folder, ConfigDialect.BERTH.fileNames()),
        firstFile(folder, ConfigDialect.HADOLINT.fileNames()),
        firstFile(folder, ConfigDialect.DCLINT.fileNames()));
  }

  private static Optional<Path> firstFile(Path folder, List<String> names) {
    for (String name : names) {
      Path p = folder.resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
