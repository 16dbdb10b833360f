package dev.berth.config;

import dev.berth.api.Category;
import dev.berth.api.Family;
import dev.berth.api.Fixability;
import dev.berth.api.RuleMeta;
import dev.berth.core.Level;
import java.nio.file.Path;
import java.util.List;

/** A small rule catalogue, so these tests do not change when berth's rules do. */
final class TestRules {
  static final RuleMeta APT_GET_UNPINNED =
      meta("DL3008", "apt-get-unpinned", Family.DOCKERFILE, Level.WARNING, true);
  static final RuleMeta SUDO = meta("DL3004", "no-sudo", Family.DOCKERFILE, Level.ERROR, true);
  static final RuleMeta CONSECUTIVE_RUN =
      meta("DL3059", "consecutive-run", Family.DOCKERFILE, Level.INFO, true);
  static final RuleMeta UNTRUSTED_REGISTRY =
      meta("DL3026", "untrusted-registry", Family.DOCKERFILE, Level.ERROR, false);
  static final RuleMeta JSON_ARGS =
      new RuleMeta(
          "JSONArgsRecommended",
          "json-args-recommended",
          Family.DOCKERFILE,
          "Use JSON arguments",
          Level.WARNING,
          Category.BEST_PRACTICE,
          Fixability.NONE,
          true,
          List.of("DL3025"),
          "");
  static final RuleMeta SHELLCHECK =
      new RuleMeta(
          "ShellCheck",
          "shellcheck",
          Family.DOCKERFILE,
          "ShellCheck's findings",
          Level.WARNING,
          Category.CORRECTNESS,
          Fixability.NONE,
          true,
          List.of(),
          "SC[0-9]{4}");
  static final RuleMeta NO_VERSION =
      meta("no-version-field", "no-version-field", Family.COMPOSE, Level.ERROR, true);
  static final RuleMeta EXPLICIT_TAG =
      new RuleMeta(
          "service-image-require-explicit-tag",
          "service-image-require-explicit-tag",
          Family.COMPOSE,
          "Give images a tag",
          Level.ERROR,
          Category.SECURITY,
          Fixability.NONE,
          true,
          List.of("require-explicit-image-tag"),
          "");

  static final List<RuleMeta> ALL =
      List.of(
          APT_GET_UNPINNED,
          SUDO,
          CONSECUTIVE_RUN,
          UNTRUSTED_REGISTRY,
          JSON_ARGS,
          SHELLCHECK,
          NO_VERSION,
          EXPLICIT_TAG);
  static final ConfigRuleIds IDS = new ConfigRuleIds(ALL);

  private TestRules() {}

  private static RuleMeta meta(String id, String name, Family family, Level level, boolean on) {
    return new RuleMeta(
        id,
        name,
        family,
        "summary of " + id,
        level,
        Category.BEST_PRACTICE,
        Fixability.NONE,
        on,
        List.of(),
        "");
  }

  /** One config text read as a file in {@code folder}, alone, with no environment or CLI. */
  static EffectiveConfig effective(ConfigDialect dialect, String text, Path folder)
      throws ConfigException {
    ConfigLayer layer = ConfigFileReader.parse(text, "cfg", dialect, IDS, folder);
    return LayerPrecedence.fold(List.of(layer), List.of());
  }

  static EffectiveConfig effective(ConfigDialect dialect, String text) throws ConfigException {
    return effective(dialect, text, Path.of("/project"));
  }

  static ConfigLayer layer(ConfigDialect dialect, String text) throws ConfigException {
    return ConfigFileReader.parse(text, "cfg", dialect, IDS, Path.of("/project"));
  }
}
