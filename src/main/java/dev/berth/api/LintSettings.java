package dev.berth.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings that some rules read, from configuration and command line: trusted registries
 * (DL3026), the label schema and strictness (DL3049-DL3058), and the build context directory.
 */
public record LintSettings(
    List<String> trustedRegistries,
    Map<String, String> labelSchema,
    boolean strictLabels,
    Optional<Path> buildContext) {

  public static final LintSettings DEFAULTS =
      new LintSettings(List.of(), Map.of(), false, Optional.empty());
}
