package dev.berth.compose.schema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.json.JSONArray;
import org.json.JSONObject;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Test support: turns compose YAML into the org.json values everit validates, the way Compose sees
 * them before its schema check. YAML 1.2 core schema, merge keys ({@code <<}) resolved by the
 * composer, {@code !reset}/{@code !override} read as the plain value they tag, every document of a
 * stream returned. Duplicate keys, alias cycles, alias bombs, complex keys and non-finite floats
 * make a file {@link Unloadable}, as they make Compose refuse it (or, for the floats, as JSON has
 * no value for them).
 */
final class YamlJson {
  /** Compose-go stops expanding aliases after this many nodes ("billion laughs" guard). */
  static final int MAX_NODES = 100_000;

  private static final Pattern INT_DECIMAL = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern INT_OCTAL = Pattern.compile("0o[0-7]+");
  private static final Pattern INT_HEX = Pattern.compile("0x[0-9a-fA-F]+");

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setSchema(new CoreSchema())
          .setMaxAliasesForCollections(Integer.MAX_VALUE)
          .setLabel("compose")
          .build();
  private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

  /** Why a file cannot be turned into a JSON value. */
  static final class Unloadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unloadable(String message) {
      super(message);
    }
  }

  private YamlJson() {}

  /** Every document of the stream, as JSON values (JSONObject.NULL for an empty document). */
  static List<Object> documents(String yaml) throws Unloadable {
    List<Object> out = new ArrayList<>();
    try {
      for (Node root : new Compose(SETTINGS).composeAllFromString(yaml)) {
        out.add(new Converter().convert(root));
      }
    } catch (RuntimeException e) { // snakeyaml-engine's YamlEngineException and friends
      throw new Unloadable("YAML error: " + firstLine(e.getMessage()));
    }
    return out;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static final class Converter {
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int visited;

    Object convert(Node node) throws Unloadable {
      if (++visited > MAX_NODES) {
        throw new Unloadable("more than " + MAX_NODES + " nodes after alias expansion");
      }
      if (node instanceof ScalarNode scalar) {
        return scalar(scalar);
      }
      if (!open.add(node)) {
        throw new Unloadable("alias cycle at line " + line(node));
      }
      try {
        if (node instanceof MappingNode mapping) {
          return mapping(mapping);
        }
        JSONArray array = new JSONArray();
        for (Node item : ((SequenceNode) node).getValue()) {
          array.put(convert(item));
        }
        return array;
      } finally {
        open.remove(node);
      }
    }

    private JSONObject mapping(MappingNode mapping) throws Unloadable {
      JSONObject object = new JSONObject();
      for (NodeTuple tuple : mapping.getValue()) {
        ScalarNode key = (ScalarNode) tuple.getKeyNode(); // the composer refuses other keys
        String name = key.getValue();
        if (object.has(name)) {
          throw new Unloadable("duplicate key '" + name + "' at line " + line(key));
        }
        object.put(name, convert(tuple.getValueNode()));
      }
      return object;
    }

    private static Object scalar(ScalarNode scalar) throws Unloadable {
      String text = scalar.getValue();
      Tag tag = scalar.getTag();
      if (!tag.equals(Tag.STR)
          && !tag.equals(Tag.INT)
          && !tag.equals(Tag.FLOAT)
          && !tag.equals(Tag.BOOL)
          && !tag.equals(Tag.NULL)) {
        // A local tag such as !reset or !override: read the value as if it were untagged.
        tag = scalar.isPlain() ? RESOLVER.resolve(text, true) : Tag.STR;
      }
      if (tag.equals(Tag.NULL)) {
        return JSONObject.NULL;
      }
      if (tag.equals(Tag.BOOL)) {
        return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
      }
      if (tag.equals(Tag.INT)) {
        return integer(text);
      }
      if (tag.equals(Tag.FLOAT)) {
        double d;
        try {
          d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new Unloadable("non-finite float " + text + " at line " + line(scalar));
        }
        return d;
      }
      return text;
    }

    private static Number integer(String text) {
      BigInteger value;
      if (INT_OCTAL.matcher(text).matches()) {
        value = new BigInteger(text.substring(2), 8);
      } else if (INT_HEX.matcher(text).matches()) {
        value = new BigInteger(text.substring(2), 16);
      } else if (INT_DECIMAL.matcher(text).matches()) {
        value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
      } else {
        throw new IllegalStateException("core schema resolved a non-integer as int: " + text);
      }
      if (value.bitLength() < 32) {
        return value.intValue();
      }
      return value.bitLength() < 64 ? (Number) value.longValue() : value;
    }

    private static int line(Node node) {
      return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }
  }
}
