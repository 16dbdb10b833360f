package dev.berth.api;

import dev.berth.dockerfile.context.DockerIgnore;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.shell.Script;
import dev.berth.dockerfile.shell.ShellFacts;
import dev.berth.dockerfile.shell.StageEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The context of a {@link DockerfileRule}: the parsed file, its shell pragmas, and its build
 * context with the ignore file that applies there.
 */
public interface DockerfileContext extends RuleContext {
  Dockerfile model();

  /** The file's {@code # hadolint shell=} comments, in file order. */
  default List<ShellOverride> shellOverrides() {
    return List.of();
  }

  /**
   * The Dockerfile's build context folder: {@code --context}, else the Dockerfile's folder; empty
   * for standard input without {@code --context}.
   */
  default Optional<Path> buildContext() {
    return Optional.empty();
  }

  /** The ignore file of the build context, parsed; empty when there is none or it was not read. */
  default Optional<DockerIgnore> dockerignore() {
    return Optional.empty();
  }

  /**
   * The shell facts of the file (ARG and ENV values, the script of each RUN, CMD, ENTRYPOINT and
   * HEALTHCHECK, the RUNs with their stages), computed once per file and shared by every rule.
   */
  default ShellFacts shells() {
    return ShellFacts.of(model(), settings().maxExpansionBytes());
  }

  /** The shell commands of a RUN, CMD, ENTRYPOINT, HEALTHCHECK or ONBUILD trigger. */
  default Script shell(Instruction instruction) {
    return shells().script(instruction);
  }

  /**
   * The file's ARG and ENV values with their defaults (no build arguments), within the expansion
   * limit of the settings. The engine computes it once per file.
   */
  default StageEnvironment environment() {
    return StageEnvironment.evaluate(
        model(),
        Map.of(),
        settings().maxExpansionBytes(),
        StageEnvironment.DEFAULT_MAX_SUBSTITUTIONS);
  }

  /** How the file's stages relate, values resolved by {@link #environment()}; once per file. */
  default StageGraph stageGraph() {
    return environment().stageGraph(model());
  }
}
