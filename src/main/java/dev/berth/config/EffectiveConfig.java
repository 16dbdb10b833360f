package dev.berth.config;

import dev.berth.api.LintSettings;
import dev.berth.core.Level;
import dev.berth.engine.RulePolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The configuration that applies to one linted file, after discovery and merging: which rules run
 * at which level with which options, the settings rules read, and how findings decide the exit
 * code. Immutable; files in the same folder share one instance.
 *
 * @param policy rules ignored, enabled, level overrides and per-rule options
 * @param settings trusted registries, label schema and strictness (no build context: the CLI adds
 *     {@code --context})
 * @param failureThreshold the level at or above which a finding fails the run; empty: never
 * @param noFail exit 0 whatever is found
 * @param disableIgnorePragma ignore every inline suppression comment
 * @param noColor hadolint's {@code no-color} key
 * @param format the output format a config asks for, a default under {@code --format}
 * @param excludes the {@code exclude} patterns, each with the folder it is relative to
 * @param sources the config files read, highest precedence first; empty when none was found
 */
public record EffectiveConfig(
    RulePolicy policy,
    LintSettings settings,
    Optional<Level> failureThreshold,
    boolean noFail,
    boolean disableIgnorePragma,
    boolean noColor,
    Optional<String> format,
    List<ExcludeGlobs> excludes,
    List<Path> sources) {

  public EffectiveConfig {
    excludes = List.copyOf(excludes);
    sources = List.copyOf(sources);
  }

  /** Whether a config's {@code exclude} patterns exclude this absolute path. */
  public boolean isExcluded(Path absolutePath, boolean directory) {
    for (ExcludeGlobs globs : excludes) {
      if (globs.excludes(absolutePath, directory)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a finding at this level makes the run fail (exit 1). */
  public boolean failsOn(Level level) {
    return !noFail && failureThreshold.isPresent() && level.atLeast(failureThreshold.get());
  }
}
