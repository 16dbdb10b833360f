package dev.berth.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed reads of one config file's YAML nodes. Every failure is a {@link ConfigException} whose
 * message starts with {@code FILE:LINE:COLUMN: KEY:}, taken from the node at fault.
 */
final class ConfigNodes {
  private static final int MAX_DEPTH = 64;
  private static final Set<String> YAML11_TRUE = Set.of("y", "yes", "on", "true");
  private static final Set<String> YAML11_FALSE = Set.of("n", "no", "off", "false");

  /** A key of a mapping with its value. */
  record Entry(String key, Node keyNode, Node value) {}

  /** A string in a list, with the node it came from and its key path ({@code ignored[2]}). */
  record Item(String value, Node node, String keyPath) {}

  private final String fileName;

  ConfigNodes(String fileName) {
    this.fileName = fileName;
  }

  String fileName() {
    return fileName;
  }

  ConfigException error(Node at, String keyPath, String problem) {
    return new ConfigException(prefix(at, keyPath) + problem);
  }

  /** {@code file:line:col: keyPath: }, what a message about a node starts with. */
  String prefix(Node at, String keyPath) {
    return where(at) + (keyPath.isEmpty() ? "" : keyPath + ": ");
  }

  private String where(Node node) {
    Optional<Mark> mark = node.getStartMark();
    if (mark.isEmpty()) {
      return fileName + ": ";
    }
    return fileName + ":" + (mark.get().getLine() + 1) + ":" + (mark.get().getColumn() + 1) + ": ";
  }

  /** Whether a node is YAML's null: {@code ~}, {@code null} or nothing at all. */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(node)) {
      return "nothing";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }

  /** The entries of a mapping, in file order; keys must be strings and must not repeat. */
  Map<String, Entry> mapping(Node node, String keyPath) throws ConfigException {
    if (!(node instanceof MappingNode map)) {
      throw error(node, keyPath, "expected a mapping, got " + describe(node));
    }
    Map<String, Entry> out = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar) || isNull(keyNode)) {
        throw error(keyNode, keyPath, "keys must be strings, got " + describe(keyNode));
      }
      String key = scalar.getValue();
      Entry previous = out.get(key);
      if (previous != null) {
        throw error(
            keyNode,
            join(keyPath, key),
            "duplicate key (first at line " + line(previous.keyNode()) + ")");
      }
      out.put(key, new Entry(key, keyNode, tuple.getValueNode()));
    }
    return out;
  }

  private static String line(Node node) {
    return node.getStartMark().map(m -> String.valueOf(m.getLine() + 1)).orElse("?");
  }

  static String join(String keyPath, String key) {
    return keyPath.isEmpty() ? key : keyPath + "." + key;
  }

  /**
   * A boolean. Plain {@code true}/{@code false} in any case; with {@code yaml11}, also the YAML 1.1
   * words hadolint's parser accepts ({@code y yes on}, {@code n no off}).
   */
  boolean bool(Node node, String keyPath, boolean yaml11) throws ConfigException {
    if (node instanceof ScalarNode s && s.isPlain()) {
      String v = s.getValue().toLowerCase(Locale.ROOT);
      if (v.equals("true") || yaml11 && YAML11_TRUE.contains(v)) {
        return true;
      }
      if (v.equals("false") || yaml11 && YAML11_FALSE.contains(v)) {
        return false;
      }
    }
    throw error(node, keyPath, "expected true or false, got " + describe(node));
  }

  /** A non-empty scalar's text. */
  String string(Node node, String keyPath, String expected) throws ConfigException {
    if (node instanceof ScalarNode s && !isNull(node) && !s.getValue().isEmpty()) {
      return s.getValue();
    }
    throw error(node, keyPath, "expected " + expected + ", got " + describe(node));
  }

  /** A scalar's text, where an empty string or null counts as {@code ""}. */
  String stringOrEmpty(Node node, String keyPath, String expected) throws ConfigException {
    if (node instanceof ScalarNode s) {
      return isNull(node) ? "" : s.getValue();
    }
    throw error(node, keyPath, "expected " + expected + ", got " + describe(node));
  }

  /** A list of non-empty strings. */
  List<Item> list(Node node, String keyPath, String expected) throws ConfigException {
    if (!(node instanceof SequenceNode seq)) {
      throw error(node, keyPath, "expected a list of " + expected + ", got " + describe(node));
    }
    List<Item> out = new ArrayList<>();
    List<Node> items = seq.getValue();
    for (int i = 0; i < items.size(); i++) {
      String path = keyPath + "[" + i + "]";
      out.add(new Item(string(items.get(i), path, expected), items.get(i), path));
    }
    return out;
  }

  /**
   * A rule option's value as plain Java: maps (string keys, file order), lists, strings, booleans,
   * longs, doubles; null entries are dropped.
   */
  Map<String, Object> options(Node node, String keyPath) throws ConfigException {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Entry e : mapping(node, keyPath).values()) {
      Object v = plain(e.value(), join(keyPath, e.key()), 1);
      if (v != null) {
        out.put(e.key(), v);
      }
    }
    return out;
  }

  private Object plain(Node node, String keyPath, int depth) throws ConfigException {
    if (depth > MAX_DEPTH) {
      throw error(node, keyPath, "nested more than " + MAX_DEPTH + " levels deep");
    }
    if (node instanceof MappingNode) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Entry e : mapping(node, keyPath).values()) {
        Object v = plain(e.value(), join(keyPath, e.key()), depth + 1);
        if (v != null) {
          out.put(e.key(), v);
        }
      }
      return Collections.unmodifiableMap(out);
    }
    if (node instanceof SequenceNode seq) {
      List<Object> out = new ArrayList<>();
      List<Node> items = seq.getValue();
      for (int i = 0; i < items.size(); i++) {
        Object v = plain(items.get(i), keyPath + "[" + i + "]", depth + 1);
        if (v != null) {
          out.add(v);
        }
      }
      return Collections.unmodifiableList(out);
    }
    return scalar((ScalarNode) node);
  }

  private static Object scalar(ScalarNode s) {
    Tag tag = s.getTag();
    String v = s.getValue();
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.valueOf(v.toLowerCase(Locale.ROOT));
    }
    if (tag.equals(Tag.INT)) {
      try {
        return Long.decode(v.replace("0o", "0"));
      } catch (NumberFormatException e) {
        return v;
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return Double.valueOf(v);
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }
}
