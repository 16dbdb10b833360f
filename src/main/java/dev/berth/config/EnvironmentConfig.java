package dev.berth.config;

import dev.berth.core.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * hadolint's {@code HADOLINT_*} environment variables as a config layer, read from a map (the
 * caller passes the process environment; tests pass their own).
 *
 * <p>A boolean variable is true when its value is {@code 1 y on true yes} in any case, and false
 * for any other value, empty included; an unset variable sets nothing. Lists are comma-separated,
 * with blanks around entries ignored. As in hadolint, an unknown format, a bad threshold or a bad
 * {@code NAME:TYPE} entry is dropped silently; a rule id that no rule has is an error, since it
 * would silently do nothing.
 */
final class EnvironmentConfig {
  private static final Set<String> TRUTHY = Set.of("1", "y", "on", "true", "yes");

  private EnvironmentConfig() {}

  static ConfigLayer read(Map<String, String> env, ConfigRuleIds ids) throws ConfigException {
    ConfigLayer.Builder out = new ConfigLayer.Builder();
    // plain ifs, not ifPresent with method references: this runs on every start-up, where each
    // method reference costs a cold JVM a bootstrap
    Optional<Boolean> noFail = bool(env, "HADOLINT_NOFAIL");
    if (noFail.isPresent()) {
      out.noFail(noFail.get());
    }
    Optional<Boolean> strictLabels = bool(env, "HADOLINT_STRICT_LABELS");
    if (strictLabels.isPresent()) {
      out.strictLabels(strictLabels.get());
    }
    Optional<Boolean> disableIgnorePragma = bool(env, "HADOLINT_DISABLE_IGNORE_PRAGMA");
    if (disableIgnorePragma.isPresent()) {
      out.disableIgnorePragma(disableIgnorePragma.get());
    }
    String format = env.get("HADOLINT_FORMAT");
    if (format != null) {
      for (String name : list(format)) {
        Optional<String> berthName = ConfigFileReader.formatOf(name, true);
        if (berthName.isPresent()) {
          out.format(berthName.get());
          break;
        }
      }
    }
    String threshold = env.get("HADOLINT_FAILURE_THRESHOLD");
    if (threshold != null) {
      FailureThreshold.parseHadolint(threshold).ifPresent(out::failureThreshold);
    }
    overrides(env, "HADOLINT_OVERRIDE_ERROR", Level.ERROR, out, ids);
    overrides(env, "HADOLINT_OVERRIDE_WARNING", Level.WARNING, out, ids);
    overrides(env, "HADOLINT_OVERRIDE_INFO", Level.INFO, out, ids);
    overrides(env, "HADOLINT_OVERRIDE_STYLE", Level.STYLE, out, ids);
    String ignore = env.get("HADOLINT_IGNORE");
    if (ignore != null) {
      out.ignored(ids.canonical(list(ignore), "environment variable HADOLINT_IGNORE: "));
    }
    String registries = env.get("HADOLINT_TRUSTED_REGISTRIES");
    if (registries != null) {
      out.trustedRegistries(list(registries));
    }
    String labels = env.get("HADOLINT_REQUIRE_LABELS");
    if (labels != null) {
      Map<String, String> schema = new LinkedHashMap<>();
      for (String entry : list(labels)) {
        RequiredLabel.parse(entry).ifPresent(l -> schema.put(l.name(), l.type()));
      }
      out.labelSchema(schema);
    }
    return out.build();
  }

  /** hadolint's truthiness: empty when unset. */
  static Optional<Boolean> bool(Map<String, String> env, String name) {
    String v = env.get(name);
    if (v == null) {
      return Optional.empty();
    }
    return Optional.of(TRUTHY.contains(v.trim().toLowerCase(Locale.ROOT)));
  }

  static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String p = part.trim();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static void overrides(
      Map<String, String> env, String name, Level level, ConfigLayer.Builder out, ConfigRuleIds ids)
      throws ConfigException {
    String v = env.get(name);
    if (v != null) {
      out.override(level, ids.canonical(list(v), "environment variable " + name + ": "));
    }
  }
}
