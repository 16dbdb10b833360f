package dev.berth.compose.schema;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.model.YamlScalars;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The node tree as org.json values, the form the JSON-schema validator reads, with an index from
 * each value's JSON pointer back to its node.
 *
 * <p>Scalars get the type Compose gives them ({@link YamlScalars}): an integer is a {@code Long} (a
 * {@code BigInteger} beyond 64 bits), a float a {@code Double} ({@code .inf} and {@code .nan},
 * which JSON cannot hold, become the largest finite doubles and 0), a string its interpolated
 * value. Entries whose value is tagged {@code !reset} are left out, as Compose removes them before
 * it validates.
 */
final class JsonView {
  /** A node, its pointer, the key it is the value of (if any), and its JSON form. */
  record Located(String pointer, Node node, Optional<ScalarNode> key, Object json) {}

  private final Map<String, Located> index = new HashMap<>();
  private final Object root;

  JsonView(Node root) {
    this.root = convert(root, "#", Optional.empty());
  }

  Object root() {
    return root;
  }

  /** Every value of the document, in no particular order. */
  Collection<Located> all() {
    return index.values();
  }

  /**
   * The value at a pointer. Pointers everit reports for nested failures are sometimes escaped twice
   * ({@code ~01} for {@code /}); those are tried unescaped. Otherwise the nearest ancestor.
   */
  Located at(String pointer) {
    String p = pointer;
    for (int attempt = 0; attempt < 3; attempt++) {
      Located found = index.get(p);
      if (found != null) {
        return found;
      }
      String once = p.replace("~01", "~1").replace("~00", "~0");
      if (once.equals(p)) {
        break;
      }
      p = once;
    }
    while (true) {
      Located found = index.get(p);
      if (found != null || p.equals("#")) {
        return found != null ? found : index.get("#");
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "#" : p.substring(0, slash);
    }
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  private Object convert(Node node, String pointer, Optional<ScalarNode> key) {
    Object json;
    if (node instanceof MapNode map) {
      JSONObject o = new JSONObject();
      for (MapNode.Entry e : map.entries()) {
        Optional<String> tag = e.value().tag();
        if (tag.isPresent() && tag.get().equals("!reset")) {
          continue;
        }
        String name = e.key().value();
        o.put(name, convert(e.value(), child(pointer, escape(name)), Optional.of(e.key())));
      }
      json = o;
    } else if (node instanceof SeqNode seq) {
      JSONArray a = new JSONArray();
      int i = 0;
      for (Node item : seq.items()) {
        a.put(convert(item, child(pointer, Integer.toString(i)), Optional.empty()));
        i++;
      }
      json = a;
    } else {
      json = scalar((ScalarNode) node);
    }
    index.put(pointer, new Located(pointer, node, key, json));
    return json;
  }

  /**
   * The pointer of a child. Joined without {@code +}: each place that concatenates strings costs a
   * bootstrap the first time it runs, a cost a one-file run pays for every node kind.
   */
  private static String child(String pointer, String segment) {
    return new StringBuilder(pointer.length() + 1 + segment.length())
        .append(pointer)
        .append('/')
        .append(segment)
        .toString();
  }

  static Object scalar(ScalarNode s) {
    switch (s.type()) {
      case NULL:
        return JSONObject.NULL;
      case BOOLEAN:
        return YamlScalars.booleanValue(s.raw()).orElse(Boolean.FALSE);
      case INTEGER:
        {
          Optional<BigInteger> v = YamlScalars.integerValue(s.raw());
          if (v.isEmpty()) {
            return s.value();
          }
          return v.get().bitLength() < 64 ? (Object) v.get().longValue() : v.get();
        }
      case FLOAT:
        {
          double d = YamlScalars.floatValue(s.raw()).orElse(0.0);
          if (Double.isNaN(d)) {
            return 0.0;
          }
          if (Double.isInfinite(d)) {
            return d > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
          }
          return d;
        }
      default:
        return s.value();
    }
  }
}
