package dev.berth.api;

import dev.berth.dockerfile.context.DockerIgnore;
import dev.berth.dockerfile.model.Dockerfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The context of a {@link DockerfileRule}: the parsed file and where it is built. */
public interface DockerfileContext extends RuleContext {
  Dockerfile model();

  /** The file's {@code # hadolint shell=} comments, in file order. */
  default List<ShellOverride> shellOverrides() {
    return List.of();
  }

  /**
   * The build context directory: {@code --context DIR}, else the folder of the Dockerfile; empty
   * for standard input without {@code --context}.
   */
  default Optional<Path> buildContext() {
    return settings().buildContext();
  }

  /**
   * The build context's ignore file ({@code NAME.dockerignore} beside a Dockerfile named {@code
   * NAME}, else {@code .dockerignore} in the build context); empty when there is none or it cannot
   * be read.
   */
  default Optional<DockerIgnore> dockerignore() {
    return Optional.empty();
  }
}
