package dev.berth.api;

import dev.berth.dockerfile.model.Dockerfile;
import java.util.List;

/** The context of a {@link DockerfileRule}: the parsed file and its shell pragmas. */
public interface DockerfileContext extends RuleContext {
  Dockerfile model();

  /** The file's {@code # hadolint shell=} comments, in file order. */
  default List<ShellOverride> shellOverrides() {
    return List.of();
  }
}
