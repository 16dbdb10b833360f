package dev.berth.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings that some rules read, from configuration and command line: trusted registries
 * (DL3026), the label schema and strictness (DL3049-DL3058), the build context directory, and the
 * limits rules enforce on what they analyse: the size of a heredoc body ({@code HeredocTooLarge})
 * and the total size of expanded ARG and ENV values ({@code ExpansionTooLarge}).
 */
public record LintSettings(
    List<String> trustedRegistries,
    Map<String, String> labelSchema,
    boolean strictLabels,
    Optional<Path> buildContext,
    int maxHeredocBytes,
    int maxExpansionBytes) {

  /** Default limit of a heredoc body: 1 MiB. */
  public static final int DEFAULT_MAX_HEREDOC_BYTES = 1 << 20;

  /** Default limit of the expanded ARG and ENV values of a Dockerfile: 1 MiB. */
  public static final int DEFAULT_MAX_EXPANSION_BYTES = 1 << 20;

  public static final LintSettings DEFAULTS =
      new LintSettings(List.of(), Map.of(), false, Optional.empty());

  public LintSettings {
    if (maxHeredocBytes < 0 || maxExpansionBytes < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }

  /** Settings with the default limits. */
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
        DEFAULT_MAX_EXPANSION_BYTES);
  }

  public LintSettings withLimits(int heredocBytes, int expansionBytes) {
    return new LintSettings(
        trustedRegistries, labelSchema, strictLabels, buildContext, heredocBytes, expansionBytes);
  }
}
