package dev.berth.cli;

import dev.berth.api.ExternalTool;
import dev.berth.engine.UsageException;
import dev.berth.shellcheck.ShellCheckCache;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Which {@code shellcheck} berth runs: the one {@code --shellcheck PATH} names, else the first
 * {@code shellcheck} on the {@code PATH} of berth's environment; none with {@code --no-shellcheck}.
 */
final class ShellCheckLookup {
  private ShellCheckLookup() {}

  /** The note printed (in tty format) when ShellCheck is not found. */
  static final String NOT_FOUND_NOTE =
      "berth: shellcheck was not found on PATH, so the SC checks of RUN commands were skipped;"
          + " install ShellCheck or name it with --shellcheck PATH (--no-shellcheck silences this "
          + "note)";

  static Optional<ExternalTool> find(Io io, Path explicit, boolean off, int timeoutSeconds)
      throws UsageException {
    if (timeoutSeconds < 1) {
      throw new UsageException("--shellcheck-timeout must be at least 1 second");
    }
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    if (off) {
      if (explicit != null) {
        throw new UsageException("--shellcheck and --no-shellcheck exclude each other");
      }
      return Optional.empty();
    }
    if (explicit != null) {
      Path p = io.workingDirectory().resolve(explicit);
      if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
        throw new UsageException("--shellcheck " + explicit + ": no such executable file");
      }
      return Optional.of(withCache(io, new ExternalTool(p.toAbsolutePath().normalize(), timeout)));
    }
    Optional<Path> found = onPath(io);
    return found.isPresent()
        ? Optional.of(withCache(io, new ExternalTool(found.get(), timeout)))
        : Optional.empty();
  }

  /** ShellCheck's results are cached where berth's environment says (see ShellCheckCache). */
  private static ExternalTool withCache(Io io, ExternalTool tool) {
    return tool.withCacheFolder(ShellCheckCache.folderFor(io.env()));
  }

  /** The first executable {@code shellcheck} in the directories of {@code PATH}. */
  static Optional<Path> onPath(Io io) {
    String path = io.env().get("PATH");
    if (path == null) {
      return Optional.empty();
    }
    boolean windows = File.separatorChar == '\\';
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      for (String name :
          windows ? new String[] {"shellcheck.exe", "shellcheck"} : new String[] {"shellcheck"}) {
        try {
          Path candidate = io.workingDirectory().resolve(dir).resolve(name);
          if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
            return Optional.of(candidate.toAbsolutePath().normalize());
          }
        } catch (InvalidPathException e) {
          // not a directory name; look further
        }
      }
    }
    return Optional.empty();
  }
}
