package dev.berth.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The top-level keys each dialect accepts, and what reads each one. */
final class ConfigKeys {
  /** Reads one top-level key's (non-null) value into a layer. */
  @FunctionalInterface
  interface KeyReader {
    void read(ConfigFileReader reader, ConfigNodes.Entry entry, ConfigLayer.Builder out)
        throws ConfigException;
  }

  private static final Map<String, KeyReader> BERTH = new LinkedHashMap<>();
  private static final Map<String, KeyReader> HADOLINT = new LinkedHashMap<>();
  private static final Map<String, KeyReader> DCLINT = new LinkedHashMap<>();

  static {
    BERTH.put("failure-threshold", ConfigFileReader::failureThreshold);
    BERTH.put("ignored", ConfigFileReader::ignored);
    BERTH.put("enable", ConfigFileReader::enable);
    BERTH.put("override", ConfigFileReader::override);
    BERTH.put("rules", ConfigFileReader::berthRules);
    BERTH.put("trustedRegistries", ConfigFileReader::trustedRegistries);
    BERTH.put("label-schema", ConfigFileReader::labelSchema);
    BERTH.put("strict-labels", ConfigFileReader::strictLabels);
    BERTH.put("exclude", ConfigFileReader::exclude);
    BERTH.put("no-fail", ConfigFileReader::noFail);
    BERTH.put("disable-ignore-pragma", ConfigFileReader::disableIgnorePragma);
    BERTH.put("format", ConfigFileReader::format);

    HADOLINT.put("no-fail", ConfigFileReader::noFail);
    HADOLINT.put("no-color", ConfigFileReader::noColor);
    HADOLINT.put("verbose", ConfigFileReader::unusedBoolean);
    HADOLINT.put("format", ConfigFileReader::format);
    HADOLINT.put("formats", ConfigFileReader::formats);
    HADOLINT.put("failure-threshold", ConfigFileReader::failureThreshold);
    HADOLINT.put("ignored", ConfigFileReader::ignored);
    HADOLINT.put("override", ConfigFileReader::override);
    HADOLINT.put("trustedRegistries", ConfigFileReader::trustedRegistries);
    HADOLINT.put("label-schema", ConfigFileReader::labelSchema);
    HADOLINT.put("strict-labels", ConfigFileReader::strictLabels);
    HADOLINT.put("disable-ignore-pragma", ConfigFileReader::disableIgnorePragma);

    DCLINT.put("rules", ConfigFileReader::dclintRules);
    DCLINT.put("quiet", ConfigFileReader::unusedBoolean);
    DCLINT.put("debug", ConfigFileReader::unusedBoolean);
    DCLINT.put("exclude", ConfigFileReader::exclude);
  }

  private ConfigKeys() {}

  static Map<String, KeyReader> of(ConfigDialect dialect) {
    switch (dialect) {
      case HADOLINT:
        return Collections.unmodifiableMap(HADOLINT);
      case DCLINT:
        return Collections.unmodifiableMap(DCLINT);
      default:
        return Collections.unmodifiableMap(BERTH);
    }
  }
}
