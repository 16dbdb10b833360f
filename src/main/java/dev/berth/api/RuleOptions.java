package dev.berth.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Options a rule reads from configuration ({@code rules: {ID: {options: {...}}}}). */
public final class RuleOptions {
  public static final RuleOptions NONE = new RuleOptions(Map.of());

  private final Map<String, Object> values;

  public RuleOptions(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  public Map<String, Object> asMap() {
    return values;
  }

  public Optional<Object> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public boolean getBoolean(String key, boolean fallback) {
    Object v = values.get(key);
    return v instanceof Boolean b ? b : fallback;
  }

  public String getString(String key, String fallback) {
    Object v = values.get(key);
    return v instanceof String s ? s : fallback;
  }

  /** A list of strings; a single string counts as a list of one. */
  public List<String> getStrings(String key, List<String> fallback) {
    Object v = values.get(key);
    if (v instanceof String s) {
      return List.of(s);
    }
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return fallback;
  }
}
