package dev.berth.compose.schema;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FalseSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.json.JSONArray;
import org.json.JSONObject;

/** Says what a schema expects and what a node is in Compose's words, never in Java's. */
final class ComposeTerms {
  private ComposeTerms() {}

  private static final int MAX_SHOWN = 40;

  static Schema unwrap(Schema schema) {
    Schema s = schema;
    for (int i = 0;
        i < 64 && s instanceof ReferenceSchema r && r.getReferredSchema() != null;
        i++) {
      s = r.getReferredSchema();
    }
    return s;
  }

  /** The kinds of value a schema accepts, such as "a string" or "a mapping", in order. */
  static Set<String> expected(Schema schema) {
    Set<String> out = new LinkedHashSet<>();
    collectExpected(unwrap(schema), out, 0);
    return out;
  }

  private static void collectExpected(Schema s, Set<String> out, int depth) {
    if (depth > 16) {
      return;
    }
    if (s instanceof ObjectSchema) {
      out.add("a mapping");
    } else if (s instanceof ArraySchema) {
      out.add("a list");
    } else if (s instanceof StringSchema) {
      out.add("a string");
    } else if (s instanceof NumberSchema n) {
      out.add(n.requiresInteger() ? "an integer" : "a number");
    } else if (s instanceof BooleanSchema) {
      out.add("a boolean (true or false)");
    } else if (s instanceof NullSchema) {
      out.add("empty (null)");
    } else if (s instanceof EnumSchema e) {
      out.add("one of " + values(e.getPossibleValuesAsList()));
    } else if (s instanceof ConstSchema c) {
      out.add(shown(c.getPermittedValue()));
    } else if (s instanceof CombinedSchema c) {
      for (Schema sub : c.getSubschemas()) {
        collectExpected(unwrap(sub), out, depth + 1);
      }
    }
  }

  /** Whether a value has a type the schema accepts at its top level (ignoring what is inside). */
  static boolean typeMatches(Schema schema, Object value) {
    return typeMatches(unwrap(schema), value, 0);
  }

  private static boolean typeMatches(Schema s, Object v, int depth) {
    if (depth > 16) {
      return true;
    }
    if (s instanceof ObjectSchema o) {
      return !o.requiresObject() || v instanceof JSONObject;
    }
    if (s instanceof ArraySchema a) {
      return !a.requiresArray() || v instanceof JSONArray;
    }
    if (s instanceof StringSchema str) {
      return !str.requireString() || v instanceof String;
    }
    if (s instanceof NumberSchema n) {
      if (!n.isRequiresNumber()) {
        return true;
      }
      if (!(v instanceof Number)) {
        return false;
      }
      return !n.requiresInteger() || !(v instanceof Double);
    }
    if (s instanceof BooleanSchema) {
      return v instanceof Boolean;
    }
    if (s instanceof NullSchema) {
      return v == JSONObject.NULL;
    }
    if (s instanceof FalseSchema) {
      return false;
    }
    if (s instanceof EnumSchema e) {
      for (Object allowed : e.getPossibleValuesAsList()) {
        if (sameKind(allowed, v)) {
          return true;
        }
      }
      return false;
    }
    if (s instanceof ConstSchema c) {
      return sameKind(c.getPermittedValue(), v);
    }
    if (s instanceof CombinedSchema c) {
      boolean all = c.getCriterion() == CombinedSchema.ALL_CRITERION;
      for (Schema sub : c.getSubschemas()) {
        boolean m = typeMatches(unwrap(sub), v, depth + 1);
        if (all && !m) {
          return false;
        }
        if (!all && m) {
          return true;
        }
      }
      return all;
    }
    return true;
  }

  private static boolean sameKind(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return true;
    }
    if (a == null || a == JSONObject.NULL) {
      return b == null || b == JSONObject.NULL;
    }
    return b != null && a.getClass() == b.getClass();
  }

  /** "a, b or c". */
  static String or(Collection<String> items) {
    List<String> list = new ArrayList<>(items);
    if (list.isEmpty()) {
      return "something else";
    }
    if (list.size() == 1) {
      return list.get(0);
    }
    return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
  }

  static String values(List<Object> values) {
    List<String> shown = new ArrayList<>();
    for (Object v : values) {
      shown.add(shown(v));
    }
    return String.join(", ", shown);
  }

  static String shown(Object value) {
    if (value == null || value == JSONObject.NULL) {
      return "null";
    }
    if (value instanceof String s) {
      return "\"" + truncate(s) + "\"";
    }
    return truncate(String.valueOf(value));
  }

  static String truncate(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() <= MAX_SHOWN ? one : one.substring(0, MAX_SHOWN - 3) + "...";
  }

  /** What a node is: "a mapping", "a list", "the string \"x\"", "the number 5"... */
  static String describe(Node node) {
    if (node instanceof MapNode) {
      return "a mapping";
    }
    if (node instanceof SeqNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) node;
    switch (s.type()) {
      case NULL:
        return "empty (null)";
      case BOOLEAN:
        return "the boolean " + s.raw();
      case INTEGER:
      case FLOAT:
        return "the number " + s.raw();
      default:
        String shown = "the string \"" + truncate(s.value()) + "\"";
        return s.value().equals(s.raw()) ? shown : shown + " (from \"" + truncate(s.raw()) + "\")";
    }
  }

  /** Replaces Java type names in a validator message with Compose terms. */
  static String humanize(String message) {
    return message
        .replace("JSONObject", "a mapping")
        .replace("JSONArray", "a list")
        .replace("BigInteger", "an integer")
        .replace("BigDecimal", "a number")
        .replace("Integer", "an integer")
        .replace("Long", "an integer")
        .replace("Double", "a number")
        .replace("Number", "a number")
        .replace("Boolean", "a boolean")
        .replace("String", "a string");
  }
}
