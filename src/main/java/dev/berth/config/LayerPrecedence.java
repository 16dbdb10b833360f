package dev.berth.config;

import dev.berth.api.LintSettings;
import dev.berth.api.RuleOptions;
import dev.berth.core.Level;
import dev.berth.engine.RulePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folds config layers, lowest precedence first (environment, config files, command line), into an
 * {@link EffectiveConfig}:
 *
 * <ul>
 *   <li>a scalar is taken from the highest layer that sets it;
 *   <li>{@code ignored}, {@code enable} and trusted registries are concatenated across layers, so a
 *       rule ignored anywhere is off ({@code level: off} counts as ignored);
 *   <li>the label schema is merged label by label, the higher layer winning per label;
 *   <li>a rule's level comes from the highest layer that gives it one; within one layer, the most
 *       severe of its settings wins (error, warning, info, style);
 *   <li>rule options come from the highest layer that gives the rule options.
 * </ul>
 */
final class LayerPrecedence {
  private LayerPrecedence() {}

  // Plain loops over the layers, no lambdas or method references: this runs once per config on
  // the start-up path, where each lambda costs a cold JVM a bootstrap.
  static EffectiveConfig fold(List<ConfigLayer> lowestFirst, List<Path> sources) {
    Set<String> ignored = new LinkedHashSet<>();
    Set<String> enabled = new LinkedHashSet<>();
    Set<String> registries = new LinkedHashSet<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Level> levels = new LinkedHashMap<>();
    Map<String, RuleOptions> options = new LinkedHashMap<>();
    List<ExcludeGlobs> excludes = new ArrayList<>();
    // each setting as the last (highest) layer that sets it says
    Optional<Boolean> strictLabels = Optional.empty();
    Optional<FailureThreshold> threshold = Optional.empty();
    Optional<Boolean> noFail = Optional.empty();
    Optional<Boolean> disableIgnorePragma = Optional.empty();
    Optional<Boolean> noColor = Optional.empty();
    Optional<String> format = Optional.empty();
    for (ConfigLayer layer : lowestFirst) {
      if (layer.ignored().isPresent()) {
        ignored.addAll(layer.ignored().get());
      }
      if (layer.enabled().isPresent()) {
        enabled.addAll(layer.enabled().get());
      }
      if (layer.trustedRegistries().isPresent()) {
        registries.addAll(layer.trustedRegistries().get());
      }
      if (layer.labelSchema().isPresent()) {
        labels.putAll(layer.labelSchema().get());
      }
      if (layer.exclude().isPresent()) {
        excludes.add(layer.exclude().get());
      }
      levels.putAll(levelsOf(layer));
      for (Map.Entry<String, RuleSetting> e : layer.rules().entrySet()) {
        if (e.getValue().off()) {
          ignored.add(e.getKey());
        }
        if (e.getValue().options().isPresent()) {
          options.put(e.getKey(), e.getValue().options().get());
        }
      }
      strictLabels = orLower(layer.strictLabels(), strictLabels);
      threshold = orLower(layer.failureThreshold(), threshold);
      noFail = orLower(layer.noFail(), noFail);
      disableIgnorePragma = orLower(layer.disableIgnorePragma(), disableIgnorePragma);
      noColor = orLower(layer.noColor(), noColor);
      format = orLower(layer.format(), format);
    }
    RulePolicy policy =
        new RulePolicy(
            Collections.unmodifiableSet(ignored),
            Collections.unmodifiableSet(enabled),
            Collections.unmodifiableMap(levels),
            Collections.unmodifiableMap(options));
    LintSettings settings =
        new LintSettings(
            List.copyOf(registries),
            Collections.unmodifiableMap(labels),
            strictLabels.orElse(false),
            Optional.empty());
    return new EffectiveConfig(
        policy,
        settings,
        threshold.orElse(FailureThreshold.DEFAULT).level(),
        noFail.orElse(false),
        disableIgnorePragma.orElse(false),
        noColor.orElse(false),
        format,
        excludes,
        sources);
  }

  /** The levels one layer assigns; where it assigns several to a rule, the most severe. */
  private static Map<String, Level> levelsOf(ConfigLayer layer) {
    Map<String, Level> out = new LinkedHashMap<>();
    for (Map.Entry<String, RuleSetting> e : layer.rules().entrySet()) {
      if (e.getValue().level().isPresent()) {
        mostSevere(out, e.getKey(), e.getValue().level().get());
      }
    }
    if (layer.override().isPresent()) {
      Map<Level, List<String>> override = layer.override().get();
      for (Level level : Level.values()) {
        for (String id : override.getOrDefault(level, List.of())) {
          mostSevere(out, id, level);
        }
      }
    }
    return out;
  }

  private static void mostSevere(Map<String, Level> levels, String id, Level level) {
    Level before = levels.get(id);
    if (before == null || !before.atLeast(level)) {
      levels.put(id, level);
    }
  }

  /** A higher layer's setting when it has one, else what the layers below it said. */
  private static <T> Optional<T> orLower(Optional<T> higher, Optional<T> lower) {
    return higher.isPresent() ? higher : lower;
  }
}
