package dev.berth.config;

import dev.berth.core.Level;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings one source gives (a config file, the environment or the command line), before
 * merging: an empty value is a key the source does not set. Rule ids are canonical.
 */
record ConfigLayer(
    Optional<FailureThreshold> failureThreshold,
    Optional<Boolean> noFail,
    Optional<Boolean> noColor,
    Optional<Boolean> strictLabels,
    Optional<Boolean> disableIgnorePragma,
    Optional<String> format,
    Optional<List<String>> ignored,
    Optional<List<String>> enabled,
    Optional<Map<Level, List<String>>> override,
    Map<String, RuleSetting> rules,
    Optional<List<String>> trustedRegistries,
    Optional<Map<String, String>> labelSchema,
    Optional<ExcludeGlobs> exclude) {

  static final ConfigLayer EMPTY = new Builder().build();

  /**
   * Key by key: each key this layer sets, else the one {@code lower} sets. Under {@code rules} each
   * rule is a key of its own.
   */
  ConfigLayer withFallback(ConfigLayer lower) {
    Map<String, RuleSetting> mergedRules = new LinkedHashMap<>(lower.rules);
    mergedRules.putAll(rules);
    return new ConfigLayer(
        failureThreshold.or(lower::failureThreshold),
        noFail.or(lower::noFail),
        noColor.or(lower::noColor),
        strictLabels.or(lower::strictLabels),
        disableIgnorePragma.or(lower::disableIgnorePragma),
        format.or(lower::format),
        ignored.or(lower::ignored),
        enabled.or(lower::enabled),
        override.or(lower::override),
        ordered(mergedRules),
        trustedRegistries.or(lower::trustedRegistries),
        labelSchema.or(lower::labelSchema),
        exclude.or(lower::exclude));
  }

  /** An unmodifiable copy that keeps the order of {@code map}. */
  static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Collects one source's keys as they are read. */
  static final class Builder {
    private Optional<FailureThreshold> failureThreshold = Optional.empty();
    private Optional<Boolean> noFail = Optional.empty();
    private Optional<Boolean> noColor = Optional.empty();
    private Optional<Boolean> strictLabels = Optional.empty();
    private Optional<Boolean> disableIgnorePragma = Optional.empty();
    private Optional<String> format = Optional.empty();
    private Optional<List<String>> ignored = Optional.empty();
    private Optional<List<String>> enabled = Optional.empty();
    private Optional<Map<Level, List<String>>> override = Optional.empty();
    private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
    private Optional<List<String>> trustedRegistries = Optional.empty();
    private Optional<Map<String, String>> labelSchema = Optional.empty();
    private Optional<ExcludeGlobs> exclude = Optional.empty();

    Builder failureThreshold(FailureThreshold v) {
      failureThreshold = Optional.of(v);
      return this;
    }

    Builder noFail(boolean v) {
      noFail = Optional.of(v);
      return this;
    }

    Builder noColor(boolean v) {
      noColor = Optional.of(v);
      return this;
    }

    Builder strictLabels(boolean v) {
      strictLabels = Optional.of(v);
      return this;
    }

    Builder disableIgnorePragma(boolean v) {
      disableIgnorePragma = Optional.of(v);
      return this;
    }

    Builder format(String v) {
      format = Optional.of(v);
      return this;
    }

    Builder ignored(List<String> v) {
      ignored = Optional.of(List.copyOf(v));
      return this;
    }

    Builder enabled(List<String> v) {
      enabled = Optional.of(List.copyOf(v));
      return this;
    }

    Builder override(Level level, List<String> ids) {
      Map<Level, List<String>> m = new EnumMap<>(Level.class);
      override.ifPresent(m::putAll);
      m.put(level, List.copyOf(ids));
      override = Optional.of(Map.copyOf(m));
      return this;
    }

    /** Marks {@code override} as set even when it names no level. */
    Builder overrideSet() {
      if (override.isEmpty()) {
        override = Optional.of(Map.of());
      }
      return this;
    }

    Builder rule(String id, RuleSetting setting) {
      rules.put(id, setting);
      return this;
    }

    Builder trustedRegistries(List<String> v) {
      trustedRegistries = Optional.of(List.copyOf(v));
      return this;
    }

    Builder labelSchema(Map<String, String> v) {
      labelSchema = Optional.of(ordered(v));
      return this;
    }

    Builder exclude(ExcludeGlobs v) {
      exclude = Optional.of(v);
      return this;
    }

    ConfigLayer build() {
      return new ConfigLayer(
          failureThreshold,
          noFail,
          noColor,
          strictLabels,
          disableIgnorePragma,
          format,
          ignored,
          enabled,
          override,
          ordered(rules),
          trustedRegistries,
          labelSchema,
          exclude);
    }
  }
}
