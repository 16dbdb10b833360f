package dev.berth.engine;

import dev.berth.api.RuleMeta;
import dev.berth.api.RuleOptions;
import dev.berth.core.Level;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules run and at which level: rules ignored, rules enabled beyond the defaults, level
 * overrides and per-rule options, each keyed by rule id (or name or alias).
 */
public record RulePolicy(
    Set<String> ignored,
    Set<String> enabled,
    Map<String, Level> levels,
    Map<String, RuleOptions> options) {

  public static final RulePolicy DEFAULTS = new RulePolicy(Set.of(), Set.of(), Map.of(), Map.of());

  private static boolean names(Set<String> keys, RuleMeta meta) {
    if (keys.contains(meta.id()) || keys.contains(meta.name())) {
      return true;
    }
    for (String a : meta.aliases()) {
      if (keys.contains(a)) {
        return true;
      }
    }
    return false;
  }

  private static <V> Optional<V> lookup(Map<String, V> map, RuleMeta meta) {
    V v = map.get(meta.id());
    if (v == null) {
      v = map.get(meta.name());
    }
    for (int i = 0; v == null && i < meta.aliases().size(); i++) {
      v = map.get(meta.aliases().get(i));
    }
    return Optional.ofNullable(v);
  }

  /** Whether the rule runs at all. */
  public boolean runs(RuleMeta meta) {
    if (names(ignored, meta)) {
      return false;
    }
    return meta.enabledByDefault() || names(enabled, meta) || lookup(levels, meta).isPresent();
  }

  public Level level(RuleMeta meta) {
    return lookup(levels, meta).orElse(meta.level());
  }

  public RuleOptions options(RuleMeta meta) {
    return lookup(options, meta).orElse(RuleOptions.NONE);
  }
}
