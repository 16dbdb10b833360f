package dev.berth.engine;

import dev.berth.dockerfile.context.DockerIgnore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads the ignore file of a Dockerfile's build context as BuildKit does: {@code
 * NAME.dockerignore} beside a Dockerfile named {@code NAME} wins over {@code .dockerignore} at the
 * root of the build context.
 */
final class DockerIgnoreFiles {
  /** Ignore files are small; a larger one is not read. */
  static final int MAX_BYTES = 1 << 20;

  private DockerIgnoreFiles() {}

  /** The ignore file that applies, parsed; empty when there is none or it cannot be read. */
  static Optional<DockerIgnore> read(Optional<Path> context, Optional<Path> dockerfile) {
    List<Path> candidates = new ArrayList<>();
    dockerfile.ifPresent(f -> candidates.add(f.resolveSibling(f.getFileName() + ".dockerignore")));
    context.ifPresent(d -> candidates.add(d.resolve(".dockerignore")));
    for (Path p : candidates) {
      if (!Files.isRegularFile(p)) {
        continue;
      }
      try (InputStream in = Files.newInputStream(p)) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          return Optional.empty();
        }
        return Optional.of(DockerIgnore.parse(new String(bytes, StandardCharsets.UTF_8)));
      } catch (IOException | SecurityException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
