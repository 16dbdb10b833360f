package dev.berth.engine;

import dev.berth.api.RuleMeta;
import dev.berth.api.RuleOptions;
import dev.berth.core.Level;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules run and at which level: rules ignored, rules enabled beyond the defaults, level
 * overrides and per-rule options, each keyed by rule id (or name or alias). A rule's further codes
 * ({@link RuleMeta#codes()}, such as ShellCheck's {@code SC2086}) may be keys too: ignoring one
 * drops that code's findings, a level for one overrides the rule's.
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

  /** Whether findings under {@code code}, one of a running rule's further codes, are dropped. */
  public boolean ignores(String code) {
    return ignored.contains(code);
  }

  /**
   * The level of a finding a rule reported under one of its further codes at {@code reported}: the
   * level configured for the code, else the one configured for the rule, else {@code reported}.
   */
  public Level level(RuleMeta meta, String code, Level reported) {
    Level forCode = levels.get(code);
    return forCode != null ? forCode : lookup(levels, meta).orElse(reported);
  }

  public RuleOptions options(RuleMeta meta) {
    return lookup(options, meta).orElse(RuleOptions.NONE);
  }
}
