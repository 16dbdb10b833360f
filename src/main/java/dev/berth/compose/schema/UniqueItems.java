package dev.berth.compose.schema;

import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * {@code uniqueItems}, checked in linear time by berth instead of by everit, whose check compares
 * every pair of items: a file with a list of a few hundred thousand ports would take minutes.
 *
 * <p>When a schema is built, every {@code uniqueItems} is removed from it and the names of the
 * properties whose lists must hold unique items are kept (directly, or through a {@code $ref} to a
 * definition such as {@code list_of_strings}). After validation, lists under those names are
 * checked with a hash set. Lists that Compose de-duplicates before it validates are skipped, as
 * Compose never reports them.
 */
final class UniqueItems {
  private UniqueItems() {}

  /** Lists Compose de-duplicates by key before validating, so uniqueItems never fires on them. */
  static final Set<String> DEDUPLICATED_LISTS =
      Set.of(
          "environment",
          "labels",
          "annotations",
          "args",
          "tags",
          "additional_contexts",
          "sysctls",
          "cap_add",
          "cap_drop",
          "dns",
          "dns_opt",
          "dns_search",
          "links",
          "profiles",
          "tmpfs",
          "expose",
          "aliases",
          "link_local_ips",
          "volumes",
          "devices",
          "secrets",
          "configs",
          "ports",
          "env_file");

  /**
   * Removes every {@code uniqueItems} from a schema document; returns the names of the properties
   * whose lists it applied to.
   */
  static Set<String> strip(JSONObject schema) {
    Set<String> uniqueDefs = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String defsKey : List.of("$defs", "definitions")) {
        JSONObject defs = schema.optJSONObject(defsKey);
        if (defs == null) {
          continue;
        }
        for (String name : defs.keySet()) {
          String ref = "#/" + defsKey + "/" + name;
          if (!uniqueDefs.contains(ref) && requiresUnique(defs.opt(name), uniqueDefs)) {
            uniqueDefs.add(ref);
            grew = true;
          }
        }
      }
    }
    Set<String> names = new TreeSet<>();
    collect(schema, uniqueDefs, names, 0);
    remove(schema, 0);
    return names;
  }

  /** Whether a schema, or one of its direct oneOf/anyOf branches, is a list with unique items. */
  private static boolean requiresUnique(Object schema, Set<String> uniqueDefs) {
    if (!(schema instanceof JSONObject o)) {
      return false;
    }
    if (o.optBoolean("uniqueItems", false)) {
      return true;
    }
    if (uniqueDefs.contains(o.optString("$ref", ""))) {
      return true;
    }
    for (String combinator : List.of("oneOf", "anyOf")) {
      JSONArray branches = o.optJSONArray(combinator);
      if (branches != null) {
        for (Object b : branches) {
          if (b instanceof JSONObject bo
              && (bo.optBoolean("uniqueItems", false)
                  || uniqueDefs.contains(bo.optString("$ref", "")))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void collect(Object node, Set<String> uniqueDefs, Set<String> names, int depth) {
    if (depth > 64) {
      return;
    }
    if (node instanceof JSONObject o) {
      JSONObject properties = o.optJSONObject("properties");
      if (properties != null) {
        for (String name : properties.keySet()) {
          if (requiresUnique(properties.opt(name), uniqueDefs)) {
            names.add(name);
          }
        }
      }
      for (String key : o.keySet()) {
        collect(o.opt(key), uniqueDefs, names, depth + 1);
      }
    } else if (node instanceof JSONArray a) {
      for (Object item : a) {
        collect(item, uniqueDefs, names, depth + 1);
      }
    }
  }

  private static void remove(Object node, int depth) {
    if (depth > 64) {
      return;
    }
    if (node instanceof JSONObject o) {
      o.remove("uniqueItems");
      for (String key : o.keySet()) {
        remove(o.opt(key), depth + 1);
      }
    } else if (node instanceof JSONArray a) {
      for (Object item : a) {
        remove(item, depth + 1);
      }
    }
  }

  /** Reports repeated items of the lists under {@code names} (minus the de-duplicated ones). */
  static void check(JsonView view, Set<String> names, List<Problem> out) {
    for (JsonView.Located list : view.all()) {
      if (!(list.json() instanceof JSONArray items)) {
        continue;
      }
      String name = SchemaPaths.last(list.pointer());
      if (!names.contains(name) || DEDUPLICATED_LISTS.contains(name)) {
        continue;
      }
      JsonView.Located parent = view.at(SchemaPaths.parent(list.pointer()));
      if (parent == null || !(parent.json() instanceof JSONObject)) {
        continue;
      }
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < items.length(); i++) {
        Integer earlier = first.putIfAbsent(canonical(items.opt(i), 0), i);
        if (earlier != null) {
          JsonView.Located item = view.at(list.pointer() + "/" + i);
          String path = SchemaPaths.display(list.pointer(), view);
          out.add(
              new Problem(
                  ComposeProblemCodes.INVALID_SCHEMA,
                  Level.ERROR,
                  item.node().span(),
                  "`"
                      + path
                      + "["
                      + i
                      + "]` repeats `"
                      + path
                      + "["
                      + earlier
                      + "]`; the items of this list must be unique. Remove the duplicate."));
        }
      }
    }
  }

  /**
   * A string equal for two JSON values exactly when JSON Schema considers them equal. ({@code
   * concat}, not {@code +}, for the common cases: see {@code JsonView.child}.)
   */
  static String canonical(Object value, int depth) {
    if (value instanceof JSONObject o) {
      if (depth > 64) {
        return "{...}";
      }
      StringBuilder sb = new StringBuilder("{");
      for (String key : new TreeSet<>(o.keySet())) {
        sb.append(JSONObject.quote(key))
            .append(':')
            .append(canonical(o.opt(key), depth + 1))
            .append(',');
      }
      return sb.append('}').toString();
    }
    if (value instanceof JSONArray a) {
      if (depth > 64) {
        return "[...]";
      }
      List<String> items = new ArrayList<>(a.length());
      for (Object item : a) {
        items.add(canonical(item, depth + 1));
      }
      return "[" + String.join(",", items) + "]";
    }
    if (value instanceof Number n) {
      try {
        return "n:".concat(new BigDecimal(n.toString()).stripTrailingZeros().toPlainString());
      } catch (NumberFormatException e) {
        return "n:".concat(n.toString());
      }
    }
    if (value instanceof String s) {
      return "s:".concat(s);
    }
    if (value instanceof Boolean b) {
      return "b:".concat(b.toString());
    }
    return "null";
  }
}
