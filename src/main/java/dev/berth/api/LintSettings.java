package dev.berth.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings that some rules read, from configuration and command line: trusted registries
 * (DL3026), the label schema and strictness (DL3049-DL3058), the build context directory ({@code
 * --context}; empty: each Dockerfile's folder), and the {@code shellcheck} program the ShellCheck
 * rule runs (empty: ShellCheck is off).
 */
public record LintSettings(
    List<String> trustedRegistries,
    Map<String, String> labelSchema,
    boolean strictLabels,
    Optional<Path> buildContext,
    Optional<ExternalTool> shellcheck) {

  public static final LintSettings DEFAULTS =
      new LintSettings(List.of(), Map.of(), false, Optional.empty(), Optional.empty());

  /** Settings without ShellCheck. */
  public LintSettings(
      List<String> trustedRegistries,
      Map<String, String> labelSchema,
      boolean strictLabels,
      Optional<Path> buildContext) {
    this(trustedRegistries, labelSchema, strictLabels, buildContext, Optional.empty());
  }

  public LintSettings withBuildContext(Optional<Path> dir) {
    return new LintSettings(trustedRegistries, labelSchema, strictLabels, dir, shellcheck);
  }

  public LintSettings withShellcheck(Optional<ExternalTool> tool) {
    return new LintSettings(trustedRegistries, labelSchema, strictLabels, buildContext, tool);
  }
}
