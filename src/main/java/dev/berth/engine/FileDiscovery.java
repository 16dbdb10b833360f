package dev.berth.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the paths given on the command line into the files to lint. A directory is searched
 * recursively (symbolic links to directories are not followed, so a link loop cannot trap the walk)
 * skipping {@code .git}, {@code node_modules} and excluded paths; only files whose type is detected
 * by name are linted, each as the type its name says. A path given explicitly must exist and its
 * type must be known from its name or from the forced type, which applies to explicit files and
 * standard input only. An explicit file whose name says nothing is recognised by its content
 * ({@link FileType#sniff}); standard input is a Dockerfile unless its name or the forced type says
 * otherwise.
 */
public final class FileDiscovery {
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules");

  private final Optional<FileType> forcedType;
  private final List<PathGlob> excludes;
  private final Path workingDirectory;
  private final ListedFolders listed;

  public FileDiscovery(
      Optional<FileType> forcedType, List<PathGlob> excludes, Path workingDirectory) {
    this(forcedType, excludes, workingDirectory, ListedFolders.NONE);
  }

  /** A discovery that tells {@code listed} what its walks see (see {@link ListedFolders}). */
  public FileDiscovery(
      Optional<FileType> forcedType,
      List<PathGlob> excludes,
      Path workingDirectory,
      ListedFolders listed) {
    this.forcedType = forcedType;
    this.excludes = excludes;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.listed = listed;
  }

  /** The targets for the given arguments, in argument order, each directory's files sorted. */
  public List<LintTarget> discover(List<String> arguments, String stdinName) throws UsageException {
    List<LintTarget> out = new ArrayList<>();
    for (String arg : arguments) {
      if (arg.equals("-")) {
        String name = stdinName == null ? "-" : stdinName;
        // As hadolint does, standard input is a Dockerfile unless its name or --type says not.
        FileType type =
            forcedType.or(() -> FileType.detect(baseName(name))).orElse(FileType.DOCKERFILE);
        out.add(new LintTarget(Optional.empty(), name, type, true));
        continue;
      }
      Path p = workingDirectory.resolve(arg);
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new UsageException(arg + ": no such file or directory");
      }
      if (Files.isDirectory(p)) {
        walk(p, arg, out);
        continue;
      }
      if (!Files.isRegularFile(p)) {
        throw new UsageException(arg + ": not a regular file");
      }
      // plain ifs, not Optional.or with lambdas: this runs on every one-file start-up
      Optional<FileType> type = forcedType;
      if (type.isEmpty()) {
        type = FileType.detect(baseName(arg));
      }
      if (type.isEmpty()) {
        type = sniff(p);
      }
      if (type.isEmpty()) {
        throw new UsageException(
            arg
                + ": neither its name nor its content says whether this is a Dockerfile or a"
                + " compose file; use --type dockerfile|compose");
      }
      out.add(new LintTarget(Optional.of(p), display(arg), type.get(), true));
    }
    return out;
  }

  /** The type told from the file's first 8 KiB; empty when unreadable or not recognised. */
  private static Optional<FileType> sniff(Path p) {
    try (java.io.InputStream in = Files.newInputStream(p)) {
      return FileType.sniff(in.readNBytes(8192));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String baseName(String path) {
    String s = path.replace('\\', '/');
    while (s.endsWith("/") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    int slash = s.lastIndexOf('/');
    return slash < 0 ? s : s.substring(slash + 1);
  }

  private static String display(String arg) {
    String s = arg.replace('\\', '/');
    while (s.startsWith("./") && s.length() > 2) {
      s = s.substring(2);
    }
    return s;
  }

  private void walk(Path root, String arg, List<LintTarget> out) throws UsageException {
    List<LintTarget> found = new ArrayList<>();
    String prefix = display(arg);
    if (prefix.equals(".")) {
      prefix = "";
    } else if (!prefix.endsWith("/")) {
      prefix = prefix + "/";
    }
    String displayPrefix = prefix;
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) {
                listing(dir);
                return FileVisitResult.CONTINUE;
              }
              String name = dir.getFileName().toString();
              saw(dir, name, Optional.of(attrs));
              if (SKIPPED_DIRECTORIES.contains(name) || isExcluded(root, dir, true)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              listing(dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
              if (exc != null && listed != ListedFolders.NONE) {
                listed.failed(dir.toAbsolutePath().normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              saw(file, name, Optional.of(attrs));
              if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink() && !Files.isRegularFile(file)) {
                return FileVisitResult.CONTINUE;
              }
              Optional<FileType> type = FileType.detect(name);
              if (type.isPresent() && !isExcluded(root, file, false)) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                found.add(
                    new LintTarget(Optional.of(file), displayPrefix + rel, type.get(), false));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              if (!file.equals(root)) {
                saw(file, file.getFileName().toString(), Optional.empty());
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort((a, b) -> a.displayName().compareTo(b.displayName()));
    out.addAll(found);
  }

  /** Tells {@link ListedFolders} that the walk lists {@code folder}. */
  private void listing(Path folder) {
    if (listed != ListedFolders.NONE) {
      listed.listing(folder.toAbsolutePath().normalize());
    }
  }

  /** Tells {@link ListedFolders} of an entry named {@code name} of a folder the walk lists. */
  private void saw(Path entry, String name, Optional<BasicFileAttributes> attrs) {
    if (listed.remembers(name)) {
      listed.saw(entry.getParent().toAbsolutePath().normalize(), name, attrs);
    }
  }

  private boolean isExcluded(Path root, Path p, boolean directory) {
    if (excludes.isEmpty()) {
      return false;
    }
    Path abs = p.toAbsolutePath().normalize();
    String rel =
        abs.startsWith(workingDirectory)
            ? workingDirectory.relativize(abs).toString()
            : root.relativize(p).toString();
    return PathGlob.excluded(excludes, rel.replace('\\', '/'), directory);
  }
}
