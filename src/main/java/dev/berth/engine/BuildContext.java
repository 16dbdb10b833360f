package dev.berth.engine;

import dev.berth.dockerfile.context.DockerIgnore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build context of a Dockerfile and the ignore file that applies to it.
 *
 * <p>The context is the folder given with {@code --context}, else the Dockerfile's folder; a
 * Dockerfile read from standard input has one only when it is given. The ignore file is found as
 * BuildKit finds it: {@code NAME.dockerignore} beside a Dockerfile named {@code NAME} wins over
 * {@code .dockerignore} at the root of the context. An ignore file that cannot be read, or is
 * larger than the file size limit, is treated as absent: no rule sees it, and nothing fails.
 */
public record BuildContext(Optional<Path> directory, Optional<DockerIgnore> dockerignore) {
  /**
   * The Dockerfile rules whose findings depend on the build context: a Dockerfile a compose service
   * builds is also checked by them with the service's context.
   */
  public static final java.util.Set<String> CONTEXT_RULES = java.util.Set.of("CopyIgnoredFile");

  /** No context: a Dockerfile from standard input without {@code --context}, or a test. */
  public static final BuildContext NONE = new BuildContext(Optional.empty(), Optional.empty());

  /** The context of {@code dockerfile} (absent for standard input), {@code given} one if any. */
  public static BuildContext of(Optional<Path> given, Optional<Path> dockerfile, long maxBytes) {
    // plain ifs, not Optional chains: every run's first lint pays a bootstrap per lambda
    Optional<Path> directory = given;
    if (directory.isEmpty() && dockerfile.isPresent()) {
      directory = Optional.ofNullable(dockerfile.get().toAbsolutePath().normalize().getParent());
    }
    List<Path> candidates = new ArrayList<>();
    try {
      if (dockerfile.isPresent()) {
        Path f = dockerfile.get();
        candidates.add(f.resolveSibling(f.getFileName() + ".dockerignore"));
      }
      if (directory.isPresent()) {
        candidates.add(directory.get().resolve(".dockerignore"));
      }
    } catch (InvalidPathException e) {
      return new BuildContext(directory, Optional.empty());
    }
    for (Path p : candidates) {
      if (isFile(p)) {
        return new BuildContext(directory, read(p, maxBytes));
      }
    }
    return new BuildContext(directory, Optional.empty());
  }

  private static boolean isFile(Path p) {
    try {
      return Files.isRegularFile(p);
    } catch (SecurityException e) {
      return false;
    }
  }

  private static Optional<DockerIgnore> read(Path file, long maxBytes) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        return Optional.empty();
      }
      return Optional.of(DockerIgnore.parse(new String(bytes, StandardCharsets.UTF_8)));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
