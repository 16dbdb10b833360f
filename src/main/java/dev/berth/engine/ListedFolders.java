package dev.berth.engine;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a walk over folders saw of a few names that matter later (config files, {@code .git}), so
 * that looking for them in a folder the walk listed needs no system call: a run over a repository
 * finds its targets with one walk and then looks for config files in every folder that holds one. A
 * folder the walk did not list completely, and an entry it could not tell the kind of (a symbolic
 * link, an entry that could not be read), are left to the filesystem.
 */
public final class ListedFolders {
  /** What the walk knows about a name in a folder. */
  public enum Kind {
    /** The folder was listed and has no entry of that name. */
    ABSENT,
    /** A regular file. */
    FILE,
    /** Something else that exists: a folder, a device, a socket. */
    OTHER,
    /** Not known: the folder was not listed, or the entry is a link or could not be read. */
    UNKNOWN
  }

  /** No folder listed: every question goes to the filesystem. */
  public static final ListedFolders NONE = new ListedFolders(Set.of());

  private final Set<String> names;
  private final Map<Path, Map<String, Kind>> folders = new ConcurrentHashMap<>();

  /** Remembers the entries named {@code names} of the folders that a walk lists. */
  public ListedFolders(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  /** Whether the walk should tell of entries named {@code name}. */
  boolean remembers(String name) {
    return names.contains(name);
  }

  /** The walk is about to list {@code folder} (absolute and normalized). */
  void listing(Path folder) {
    if (this != NONE) {
      folders.put(folder, new ConcurrentHashMap<>());
    }
  }

  /** The walk could not list {@code folder} completely: nothing is known of it. */
  void failed(Path folder) {
    folders.remove(folder);
  }

  /**
   * The walk saw {@code name} in {@code folder} (absolute and normalized); {@code attrs} are the
   * entry's own (not a link's target's), or none when they could not be read.
   */
  void saw(Path folder, String name, Optional<BasicFileAttributes> attrs) {
    Map<String, Kind> entries = folders.get(folder);
    if (entries == null || !names.contains(name)) {
      return;
    }
    Kind kind = Kind.UNKNOWN;
    if (attrs.isPresent() && !attrs.get().isSymbolicLink()) {
      kind = attrs.get().isRegularFile() ? Kind.FILE : Kind.OTHER;
    }
    entries.put(name, kind);
  }

  /** What the walk knows of {@code name} in {@code folder} (absolute and normalized). */
  public Kind kind(Path folder, String name) {
    Map<String, Kind> entries = folders.get(folder);
    if (entries == null || !names.contains(name)) {
      return Kind.UNKNOWN;
    }
    return entries.getOrDefault(name, Kind.ABSENT);
  }
}
