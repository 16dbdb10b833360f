package dev.berth.config;

import dev.berth.api.RuleOptions;
import dev.berth.core.Level;
import dev.berth.core.Spelling;
import dev.berth.report.Formats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one config file of a given dialect into a {@link ConfigLayer}. Each dialect accepts exactly
 * its own keys (see {@link ConfigKeys}); anything else, and any value of the wrong shape, is a
 * {@link ConfigException} naming the file, line, column and key. A key with no value counts as not
 * set; an empty file sets nothing.
 */
final class ConfigFileReader {
  private static final String LEVELS = "error, warning, info or style";

  private final ConfigNodes nodes;
  private final ConfigDialect dialect;
  private final ConfigRuleIds ids;
  private final Path folder;

  private ConfigFileReader(
      ConfigNodes nodes, ConfigDialect dialect, ConfigRuleIds ids, Path folder) {
    this.nodes = nodes;
    this.dialect = dialect;
    this.ids = ids;
    this.folder = folder;
  }

  /** Reads {@code file} (an absolute path); errors show it as {@code displayName}. */
  static ConfigLayer read(Path file, String displayName, ConfigDialect dialect, ConfigRuleIds ids)
      throws ConfigException {
    Optional<Node> root = ConfigYaml.read(file, displayName);
    return parse(root, displayName, dialect, ids, file.toAbsolutePath().normalize().getParent());
  }

  /** Reads config text; for tests and for callers that hold the text already. */
  static ConfigLayer parse(
      String text, String displayName, ConfigDialect dialect, ConfigRuleIds ids, Path folder)
      throws ConfigException {
    return parse(ConfigYaml.parse(text, displayName), displayName, dialect, ids, folder);
  }

  private static ConfigLayer parse(
      Optional<Node> root,
      String displayName,
      ConfigDialect dialect,
      ConfigRuleIds ids,
      Path folder)
      throws ConfigException {
    ConfigLayer.Builder out = new ConfigLayer.Builder();
    if (root.isEmpty()) {
      return out.build();
    }
    ConfigFileReader reader =
        new ConfigFileReader(new ConfigNodes(displayName), dialect, ids, folder);
    Map<String, ConfigKeys.KeyReader> keys = ConfigKeys.of(dialect);
    for (ConfigNodes.Entry e : reader.nodes.mapping(root.get(), "").values()) {
      ConfigKeys.KeyReader key = keys.get(e.key());
      if (key == null) {
        throw reader.nodes.error(
            e.keyNode(),
            "",
            "unknown key '"
                + e.key()
                + "'"
                + Spelling.didYouMean(e.key(), keys.keySet())
                + " (expected one of: "
                + String.join(", ", keys.keySet())
                + ")");
      }
      if (!ConfigNodes.isNull(e.value())) {
        key.read(reader, e, out);
      }
    }
    return out.build();
  }

  // ---- values shared by several keys ----

  boolean bool(ConfigNodes.Entry e) throws ConfigException {
    return nodes.bool(e.value(), e.key(), dialect == ConfigDialect.HADOLINT);
  }

  List<String> strings(ConfigNodes.Entry e, String expected) throws ConfigException {
    List<String> out = new ArrayList<>();
    for (ConfigNodes.Item item : nodes.list(e.value(), e.key(), expected)) {
      out.add(item.value());
    }
    return out;
  }

  List<String> ruleIds(Node node, String keyPath) throws ConfigException {
    List<String> out = new ArrayList<>();
    for (ConfigNodes.Item item : nodes.list(node, keyPath, "rule ids")) {
      out.add(ruleId(item.value(), item.node(), item.keyPath()));
    }
    return out;
  }

  private String ruleId(String id, Node at, String keyPath) throws ConfigException {
    return ids.canonical(id, nodes.prefix(at, keyPath));
  }

  // ---- the keys ----

  void failureThreshold(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    boolean hadolint = dialect == ConfigDialect.HADOLINT;
    String expected =
        hadolint
            ? "error, warning, info, style, ignore or none"
            : "error, warning, info, style or none";
    String text = nodes.string(e.value(), e.key(), expected);
    Optional<FailureThreshold> t =
        hadolint ? FailureThreshold.parseHadolint(text) : FailureThreshold.parseBerth(text);
    if (t.isEmpty()) {
      throw nodes.error(e.value(), e.key(), "expected " + expected + ", got '" + text + "'");
    }
    out.failureThreshold(t.get());
  }

  void noFail(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.noFail(bool(e));
  }

  void noColor(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.noColor(bool(e));
  }

  void strictLabels(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.strictLabels(bool(e));
  }

  void disableIgnorePragma(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.disableIgnorePragma(bool(e));
  }

  /** A boolean key berth accepts for compatibility but does not use. */
  void unusedBoolean(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    bool(e);
  }

  void format(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.format(formatName(e.value(), e.key()));
  }

  /** hadolint's list of formats; berth writes one report, so the first is the default. */
  void formats(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    if (!(e.value() instanceof SequenceNode seq)) {
      throw nodes.error(
          e.value(), e.key(), "expected a list of formats, got " + ConfigNodes.describe(e.value()));
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < seq.getValue().size(); i++) {
      names.add(formatName(seq.getValue().get(i), e.key() + "[" + i + "]"));
    }
    if (!names.isEmpty()) {
      out.format(names.get(0));
    }
  }

  private String formatName(Node node, String keyPath) throws ConfigException {
    String expected = "one of " + String.join(", ", Formats.names());
    String name = nodes.string(node, keyPath, expected);
    Optional<String> berthName = formatOf(name, dialect == ConfigDialect.HADOLINT);
    if (berthName.isEmpty()) {
      throw nodes.error(node, keyPath, "unknown format '" + name + "' (expected " + expected + ")");
    }
    return berthName.get();
  }

  /**
   * A format name as berth knows it; hadolint's GitLab Code Quality format is berth's codeclimate.
   */
  static Optional<String> formatOf(String name, boolean hadolintNames) {
    if (hadolintNames && name.equals("gitlab_codeclimate")) {
      return Optional.of("codeclimate");
    }
    return Formats.exists(name) ? Optional.of(name) : Optional.empty();
  }

  void ignored(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.ignored(ruleIds(e.value(), e.key()));
  }

  void enable(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.enabled(ruleIds(e.value(), e.key()));
  }

  void override(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.overrideSet();
    List<String> levelNames = List.of("error", "warning", "info", "style");
    for (ConfigNodes.Entry level : nodes.mapping(e.value(), e.key()).values()) {
      String path = ConfigNodes.join(e.key(), level.key());
      if (!levelNames.contains(level.key())) {
        throw nodes.error(
            level.keyNode(),
            e.key(),
            "unknown level '"
                + level.key()
                + "'"
                + Spelling.didYouMean(level.key(), levelNames)
                + " (expected "
                + LEVELS
                + ")");
      }
      if (!ConfigNodes.isNull(level.value())) {
        out.override(Level.parse(level.key()), ruleIds(level.value(), path));
      }
    }
  }

  void trustedRegistries(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.trustedRegistries(strings(e, "registry host names"));
  }

  void labelSchema(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    Map<String, String> schema = new LinkedHashMap<>();
    for (ConfigNodes.Entry label : nodes.mapping(e.value(), e.key()).values()) {
      String path = ConfigNodes.join(e.key(), label.key());
      String type = nodes.stringOrEmpty(label.value(), path, LabelTypes.EXPECTED);
      Optional<String> parsed = LabelTypes.parse(type);
      if (parsed.isEmpty()) {
        throw nodes.error(
            label.value(),
            path,
            "unknown label type '" + type + "' (expected " + LabelTypes.EXPECTED + ")");
      }
      schema.put(label.key(), parsed.get());
    }
    out.labelSchema(schema);
  }

  void exclude(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    out.exclude(ExcludeGlobs.of(folder, strings(e, "path patterns")));
  }

  /** berth's {@code rules: {ID: {level: LEVEL|off, options: {...}}}}. */
  void berthRules(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    for (ConfigNodes.Entry rule : nodes.mapping(e.value(), e.key()).values()) {
      String path = ConfigNodes.join(e.key(), rule.key());
      String id = ruleId(rule.key(), rule.keyNode(), e.key());
      Optional<Level> level = Optional.empty();
      boolean off = false;
      Optional<RuleOptions> options = Optional.empty();
      if (!ConfigNodes.isNull(rule.value())) {
        for (ConfigNodes.Entry field : nodes.mapping(rule.value(), path).values()) {
          String fieldPath = ConfigNodes.join(path, field.key());
          if (ConfigNodes.isNull(field.value())) {
            continue;
          }
          if (field.key().equals("level")) {
            String expected = "error, warning, info, style or off";
            String text = nodes.string(field.value(), fieldPath, expected);
            if (text.equalsIgnoreCase("off")) {
              off = true;
            } else {
              try {
                level = Optional.of(Level.parse(text));
              } catch (IllegalArgumentException ex) {
                throw nodes.error(
                    field.value(), fieldPath, "expected " + expected + ", got '" + text + "'");
              }
            }
          } else if (field.key().equals("options")) {
            options = Optional.of(new RuleOptions(nodes.options(field.value(), fieldPath)));
          } else {
            throw nodes.error(
                field.keyNode(),
                path,
                "unknown key '"
                    + field.key()
                    + "'"
                    + Spelling.didYouMean(field.key(), List.of("level", "options"))
                    + " (expected level or options)");
          }
        }
      }
      out.rule(id, new RuleSetting(level, off, options));
    }
  }

  /** dclint's {@code rules: {name: 0|1|2 | [0|1|2, {options}]}}: 0 off, 1 warning, 2 error. */
  void dclintRules(ConfigNodes.Entry e, ConfigLayer.Builder out) throws ConfigException {
    for (ConfigNodes.Entry rule : nodes.mapping(e.value(), e.key()).values()) {
      String path = ConfigNodes.join(e.key(), rule.key());
      String id = ruleId(rule.key(), rule.keyNode(), e.key());
      Node levelNode = rule.value();
      Optional<RuleOptions> options = Optional.empty();
      if (rule.value() instanceof SequenceNode seq) {
        List<Node> items = seq.getValue();
        if (items.isEmpty() || items.size() > 2) {
          throw nodes.error(
              rule.value(),
              path,
              "expected [level] or [level, {options}], got a list of " + items.size());
        }
        levelNode = items.get(0);
        if (items.size() == 2) {
          options = Optional.of(new RuleOptions(nodes.options(items.get(1), path + "[1]")));
        }
      }
      String levelPath = levelNode == rule.value() ? path : path + "[0]";
      int level = dclintLevel(levelNode, levelPath);
      RuleSetting setting =
          level == 0
              ? new RuleSetting(Optional.empty(), true, options)
              : new RuleSetting(
                  Optional.of(level == 1 ? Level.WARNING : Level.ERROR), false, options);
      out.rule(id, setting);
    }
  }

  private int dclintLevel(Node node, String keyPath) throws ConfigException {
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
      String v = s.getValue();
      if (v.equals("0") || v.equals("1") || v.equals("2")) {
        return Integer.parseInt(v);
      }
    }
    throw nodes.error(
        node,
        keyPath,
        "expected a level 0 (off), 1 (warning) or 2 (error), got " + ConfigNodes.describe(node));
  }
}
