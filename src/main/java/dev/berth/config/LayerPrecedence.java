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
import java.util.function.Function;

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

  static EffectiveConfig fold(List<ConfigLayer> lowestFirst, List<Path> sources) {
    Set<String> ignored = new LinkedHashSet<>();
    Set<String> enabled = new LinkedHashSet<>();
    Set<String> registries = new LinkedHashSet<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Level> levels = new LinkedHashMap<>();
    Map<String, RuleOptions> options = new LinkedHashMap<>();
    List<ExcludeGlobs> excludes = new ArrayList<>();
    for (ConfigLayer layer : lowestFirst) {
      layer.ignored().ifPresent(ignored::addAll);
      layer.enabled().ifPresent(enabled::addAll);
      layer.trustedRegistries().ifPresent(registries::addAll);
      layer.labelSchema().ifPresent(labels::putAll);
      layer.exclude().ifPresent(excludes::add);
      levels.putAll(levelsOf(layer));
      layer
          .rules()
          .forEach(
              (id, setting) -> {
                if (setting.off()) {
                  ignored.add(id);
                }
                setting.options().ifPresent(o -> options.put(id, o));
              });
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
            last(lowestFirst, ConfigLayer::strictLabels).orElse(false),
            Optional.empty());
    return new EffectiveConfig(
        policy,
        settings,
        last(lowestFirst, ConfigLayer::failureThreshold).orElse(FailureThreshold.DEFAULT).level(),
        last(lowestFirst, ConfigLayer::noFail).orElse(false),
        last(lowestFirst, ConfigLayer::disableIgnorePragma).orElse(false),
        last(lowestFirst, ConfigLayer::noColor).orElse(false),
        last(lowestFirst, ConfigLayer::format),
        excludes,
        sources);
  }

  /** The levels one layer assigns; where it assigns several to a rule, the most severe. */
  private static Map<String, Level> levelsOf(ConfigLayer layer) {
    Map<String, Level> out = new LinkedHashMap<>();
    layer.rules().forEach((id, setting) -> setting.level().ifPresent(l -> mostSevere(out, id, l)));
    layer
        .override()
        .ifPresent(
            override -> {
              for (Level level : Level.values()) {
                for (String id : override.getOrDefault(level, List.of())) {
                  mostSevere(out, id, level);
                }
              }
            });
    return out;
  }

  private static void mostSevere(Map<String, Level> levels, String id, Level level) {
    levels.merge(id, level, (a, b) -> a.atLeast(b) ? a : b);
  }

  private static <T> Optional<T> last(
      List<ConfigLayer> layers, Function<ConfigLayer, Optional<T>> key) {
    Optional<T> out = Optional.empty();
    for (ConfigLayer layer : layers) {
      Optional<T> v = key.apply(layer);
      if (v.isPresent()) {
        out = v;
      }
    }
    return out;
  }
}
