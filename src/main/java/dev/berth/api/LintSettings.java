package dev.berth.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings that some rules read, from configuration and command line: trusted registries (DL3026),
 * the label schema and strictness (DL3049-DL3058), the build context directory given with {@code
 * --context} (empty: each Dockerfile's own folder), and the limits enforced on what is analysed:
 * the size of a heredoc body ({@code HeredocTooLarge}), the total size of expanded ARG and ENV
 * values ({@code ExpansionTooLarge}), and the number of tokens of a Dockerfile the parser reads
 * ({@code FileTooLarge}); and the {@code shellcheck} program the ShellCheck rule runs (empty:
 * ShellCheck is off).
 */
public record LintSettings(
    List<String> trustedRegistries,
    Map<String, String> labelSchema,
    boolean strictLabels,
    Optional<Path> buildContext,
    int maxHeredocBytes,
    int maxExpansionBytes,
    int maxDockerfileTokens,
    Optional<ExternalTool> shellcheck) {

  /** Default limit of a heredoc body: 1 MiB. */
  public static final int DEFAULT_MAX_HEREDOC_BYTES = 1 << 20;

  /** Default limit of the expanded ARG and ENV values of a Dockerfile: 1 MiB. */
  public static final int DEFAULT_MAX_EXPANSION_BYTES = 1 << 20;

  /**
   * Default limit of the tokens of a Dockerfile: see {@code DockerfileParsing.DEFAULT_MAX_TOKENS}.
   */
  public static final int DEFAULT_MAX_DOCKERFILE_TOKENS =
      dev.berth.dockerfile.parser.DockerfileParsing.DEFAULT_MAX_TOKENS;

  public static final LintSettings DEFAULTS =
      new LintSettings(List.of(), Map.of(), false, Optional.empty());

  public LintSettings {
    if (maxHeredocBytes < 0 || maxExpansionBytes < 0 || maxDockerfileTokens < 1) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }

  /** Settings with the default limits, without ShellCheck. */
  public LintSettings(
      List<String> trustedRegistries,
      Map<String, String> labelSchema,
      boolean strictLabels,
      Optional<Path> buildContext) {
    this(
        trustedRegistries,
        labelSchema,
        strictLabels,
        buildContext,
        DEFAULT_MAX_HEREDOC_BYTES,
        DEFAULT_MAX_EXPANSION_BYTES,
        DEFAULT_MAX_DOCKERFILE_TOKENS,
        Optional.empty());
  }

  public LintSettings withLimits(int heredocBytes, int expansionBytes, int dockerfileTokens) {
    return new LintSettings(
        trustedRegistries,
        labelSchema,
        strictLabels,
        buildContext,
        heredocBytes,
        expansionBytes,
        dockerfileTokens,
        shellcheck);
  }

  /** The settings with the build context given by {@code --context}. */
  public LintSettings withBuildContext(Optional<Path> directory) {
    return new LintSettings(
        trustedRegistries,
        labelSchema,
        strictLabels,
        directory,
        maxHeredocBytes,
        maxExpansionBytes,
        maxDockerfileTokens,
        shellcheck);
  }

  public LintSettings withShellcheck(Optional<ExternalTool> tool) {
    return new LintSettings(
        trustedRegistries,
        labelSchema,
        strictLabels,
        buildContext,
        maxHeredocBytes,
        maxExpansionBytes,
        maxDockerfileTokens,
        tool);
  }
}
