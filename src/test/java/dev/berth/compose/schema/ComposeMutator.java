package dev.berth.compose.schema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Test support: seeded mutations of a compose document (an org.json value, as everit validates it),
 * each with the JSON pointer of the node it changed.
 *
 * <p>Two modes: {@link #mutants} samples a few mutations at random places (for the many real files
 * of the corpus); {@link #everyMutant} makes every mutation this class knows at every node (for
 * small seed documents that should reach every corner of the schema). The same seed and document
 * always give the same mutants in the same order; each mutant is a fresh deep copy and the input is
 * never modified.
 *
 * <p>{@link Mutant#pointer()} names the node the mutation created or changed: the new value, the
 * renamed or added member, the appended list item; for {@link Kind#REMOVE_KEY}, the place where the
 * removed member was. A schema finding caused by the mutation is expected at that pointer or at
 * {@link Mutant#parentPointer()} (the mapping that lost, gained or renamed a key; the list that
 * gained a duplicate). Where the changed node sits inside a short/long {@code oneOf}, everit
 * reports the failed {@code oneOf} at the node that carries it, with the precise causes nested.
 */
public final class ComposeMutator {

  /** What a mutation does. */
  public enum Kind {
    /**
     * Replace a value by one of another JSON type (string, integer, number, boolean, list, map).
     */
    CHANGE_TYPE,
    /** Wrap a value in a list, or replace a list by its first item. */
    WRAP_OR_UNWRAP,
    /** Rename a key with a typo (dropped, swapped or doubled letter, case, '-' for '_', plural). */
    RENAME_KEY,
    /** Add a key the mapping does not have (some of them are valid elsewhere in a compose file). */
    UNKNOWN_KEY,
    /** Remove a key; the random mode prefers keys that long syntax requires. */
    REMOVE_KEY,
    /** Give a string (preferably an enum-like field: condition, type, action...) an odd value. */
    ODD_ENUM,
    /**
     * Rename a key, preferably a user-chosen name (service, volume...), to one with bad characters.
     */
    BAD_NAME,
    /** Add an {@code x-} key; the random mode prefers mappings where extensions are not allowed. */
    EXTENSION_KEY,
    /** Append a copy of an item the list already has (uniqueItems). */
    DUPLICATE_ITEM,
    /** Replace a number by a boundary or out-of-range one (negative, fraction, 101, 1001...). */
    NUMBER_EDGE,
    /** Replace a value by null. */
    SET_NULL
  }

  /** One mutated document; see the class comment for what the pointer names. */
  public record Mutant(Kind kind, Object document, String pointer, String description) {
    /** The pointer of the mapping or list holding the mutated node ("" for the root). */
    public String parentPointer() {
      int slash = pointer.lastIndexOf('/');
      return slash <= 0 ? "" : pointer.substring(0, slash);
    }
  }

  /** Keys that some long-syntax object requires. */
  static final Set<String> REQUIRED_KEYS =
      Set.of(
          "condition",
          "type",
          "path",
          "action",
          "model",
          "source",
          "command",
          "capabilities",
          "soft",
          "hard",
          "service");

  /** Keys whose values come from a fixed set, or follow a pattern. */
  static final Set<String> ENUM_LIKE_KEYS =
      Set.of(
          "condition",
          "type",
          "action",
          "cgroup",
          "order",
          "recursive",
          "selinux",
          "gpus",
          "pull_policy",
          "restart",
          "mode",
          "protocol",
          "propagation",
          "container_name",
          "network_mode",
          "ipc",
          "pid",
          "endpoint_mode",
          "failure_action",
          "count");

  /** Mappings whose keys are names chosen by the user, as paths with "*" for any one token. */
  private static final List<List<String>> NAME_MAPS =
      List.of(
          List.of("services"),
          List.of("volumes"),
          List.of("networks"),
          List.of("configs"),
          List.of("secrets"),
          List.of("models"),
          List.of("services", "*", "depends_on"),
          List.of("services", "*", "networks"),
          List.of("services", "*", "models"),
          List.of("services", "*", "ulimits"),
          List.of("services", "*", "build", "ulimits"),
          List.of("services", "*", "environment"),
          List.of("services", "*", "labels"),
          List.of("services", "*", "extra_hosts"),
          List.of("services", "*", "logging", "options"),
          List.of("services", "*", "build", "args"),
          List.of("networks", "*", "driver_opts"),
          List.of("volumes", "*", "driver_opts"));

  /** Mappings where the Compose schema does not allow x- keys (or where they are entries). */
  private static final List<List<String>> NO_EXTENSION_MAPS =
      List.of(
          List.of("include", "*"),
          List.of("services", "*", "extends"),
          List.of("services", "*", "blkio_config"),
          List.of("services", "*", "blkio_config", "*", "*"),
          List.of("services", "*", "env_file", "*"),
          List.of("services", "*", "depends_on"),
          List.of("services", "*", "networks"),
          List.of("services", "*", "environment"),
          List.of("services", "*", "ulimits"));

  private static final List<String> UNKNOWN_KEYS =
      List.of(
          "colour",
          "enabled",
          "timeout_seconds",
          "descripton",
          "image",
          "condition",
          "driver",
          "labels",
          "target",
          "mode",
          "name",
          "external");

  private static final List<String> ODD_VALUES =
      List.of(
          "sometimes",
          "",
          "ALL",
          "service_ready",
          "bind-mount",
          "copy",
          "every_",
          "every_5x",
          "Z ",
          "first",
          "yes",
          "hosts");

  private static final List<String> BAD_NAMES =
      List.of(
          "web app",
          "wéb",
          "web/1",
          "web:1",
          "",
          "web\n",
          "-",
          "@db",
          "a\nb",
          "x-web",
          "UPPER",
          "tab\tname");

  private static final List<Number> EDGE_NUMBERS =
      List.of(-1, 0, 101, -1001, 1001, 1.5, -0.5, 100, 1000, -1000, 4_294_967_296L, 65536);

  private static final int UNKNOWN_KEYS_PER_MAPPING = 3;

  private final Random random;

  public ComposeMutator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * A seed for one named input (a file path), stable across JVMs and independent of other inputs.
   */
  public static long seedFor(long baseSeed, String name) {
    return baseSeed * 1_000_003L + name.hashCode();
  }

  /**
   * {@code count} mutants at random places of {@code document}, the kinds taken in turn so that
   * every kind is exercised; fewer when the document offers nothing to change.
   */
  public List<Mutant> mutants(Object document, int count) {
    List<Site> sites = sites(document);
    Kind[] kinds = Kind.values();
    int start = random.nextInt(kinds.length);
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      for (int attempt = 0; attempt < kinds.length; attempt++) {
        Edit edit = randomEdit(kinds[(start + i + attempt) % kinds.length], document, sites);
        if (edit != null) {
          out.add(edit.applyTo(document));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Every mutation of every node of {@code document}, node by node in document order. Lazy: each
   * mutant is copied only when the stream reaches it, so large streams need little memory.
   */
  public Stream<Mutant> everyMutant(Object document) {
    List<Edit> edits = new ArrayList<>();
    for (Site site : sites(document)) {
      for (Kind kind : Kind.values()) {
        edits.addAll(edits(kind, site, document));
      }
    }
    return edits.stream().map(edit -> edit.applyTo(document));
  }

  // ---------------------------------------------------------------------------------------------
  // choosing edits

  /** A mutation not yet applied: it edits a copy in place and returns the pointer it changed. */
  private record Edit(Kind kind, String description, Function<Object, String> change) {
    Mutant applyTo(Object document) {
      Object copy = copy(document);
      return new Mutant(kind, copy, change.apply(copy), description);
    }
  }

  private Edit randomEdit(Kind kind, Object document, List<Site> sites) {
    List<Site> applicable = new ArrayList<>();
    List<Site> preferred = new ArrayList<>();
    for (Site site : sites) {
      if (!edits(kind, site, document).isEmpty()) {
        applicable.add(site);
        if (preferred(kind, site)) {
          preferred.add(site);
        }
      }
    }
    if (applicable.isEmpty()) {
      return null;
    }
    List<Site> pool = !preferred.isEmpty() && random.nextInt(10) < 7 ? preferred : applicable;
    List<Edit> edits = edits(kind, pool.get(random.nextInt(pool.size())), document);
    return edits.get(random.nextInt(edits.size()));
  }

  /** Where the random mode aims a kind when the document has such places. */
  private static boolean preferred(Kind kind, Site site) {
    return switch (kind) {
      case REMOVE_KEY -> site.isMember() && REQUIRED_KEYS.contains(site.key());
      case ODD_ENUM -> site.isMember() && ENUM_LIKE_KEYS.contains(site.key());
      case BAD_NAME -> site.isMember() && matchesAny(site.parentPath(), NAME_MAPS);
      case EXTENSION_KEY -> matchesAny(site.path, NO_EXTENSION_MAPS);
      default -> false;
    };
  }

  /**
   * The edits of one kind at one site: all of them in exhaustive mode, one drawn in random mode.
   */
  private List<Edit> edits(Kind kind, Site site, Object document) {
    List<Edit> out = new ArrayList<>();
    boolean root = site.path.isEmpty();
    Object value = site.value;
    switch (kind) {
      case CHANGE_TYPE -> {
        if (!root) {
          for (Object sample : typeSamples()) {
            if (!typeName(sample).equals(typeName(value)) && sample != JSONObject.NULL) {
              out.add(replace(kind, site, sample, typeName(value) + " -> " + typeName(sample)));
            }
          }
        }
      }
      case WRAP_OR_UNWRAP -> {
        if (!root && value != JSONObject.NULL && !(value instanceof JSONArray a && a.isEmpty())) {
          out.add(
              value instanceof JSONArray array
                  ? replace(kind, site, array.get(0), "list -> its first item")
                  : replace(kind, site, new JSONArray().put(value), "wrapped in a list"));
        }
      }
      case RENAME_KEY -> {
        if (site.isMember()) {
          JSONObject parent = (JSONObject) at(document, site.parentPath());
          String typo = typo(site.key());
          if (!parent.has(typo)) {
            out.add(rename(kind, site, typo));
          }
        }
      }
      case UNKNOWN_KEY -> {
        if (value instanceof JSONObject object) {
          List<String> free = new ArrayList<>();
          for (String key : UNKNOWN_KEYS) {
            if (!object.has(key)) {
              free.add(key);
            }
          }
          Collections.shuffle(free, random);
          for (String key : free.subList(0, Math.min(free.size(), UNKNOWN_KEYS_PER_MAPPING))) {
            out.add(add(kind, site, key, "value"));
          }
        }
      }
      case REMOVE_KEY -> {
        if (site.isMember()) {
          out.add(
              new Edit(
                  kind,
                  "removed '" + site.key() + "'",
                  copy -> {
                    ((JSONObject) at(copy, site.parentPath())).remove(site.key());
                    return pointer(site.path);
                  }));
        }
      }
      case ODD_ENUM -> {
        if (!root && value instanceof String text) {
          Set<String> odd = new LinkedHashSet<>();
          odd.add(text.toUpperCase(Locale.ROOT));
          odd.add(text + "_x");
          odd.add(text.isEmpty() ? "?" : text.substring(1));
          odd.add(ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
          odd.remove(text);
          for (String o : odd) {
            out.add(replace(kind, site, o, "'" + text + "' -> '" + o + "'"));
          }
        }
      }
      case BAD_NAME -> {
        if (site.isMember()) {
          JSONObject parent = (JSONObject) at(document, site.parentPath());
          List<String> names =
              matchesAny(site.parentPath(), NAME_MAPS)
                  ? BAD_NAMES
                  : List.of("", site.key() + "\n", site.key() + " x");
          for (String name : names) {
            if (!parent.has(name)) {
              out.add(rename(kind, site, name));
            }
          }
        }
      }
      case EXTENSION_KEY -> {
        if (value instanceof JSONObject object && !object.has("x-berth")) {
          Object probe = random.nextBoolean() ? "probe" : new JSONObject().put("note", "probe");
          out.add(add(kind, site, "x-berth", probe));
        }
      }
      case DUPLICATE_ITEM -> {
        if (value instanceof JSONArray array && !array.isEmpty()) {
          for (int index : new TreeSet<>(List.of(0, array.length() - 1))) {
            out.add(
                new Edit(
                    kind,
                    "duplicated item " + index,
                    copy -> {
                      JSONArray target = (JSONArray) at(copy, site.path);
                      target.put(copy(target.get(index)));
                      return pointer(site.path) + "/" + (target.length() - 1);
                    }));
          }
        }
      }
      case NUMBER_EDGE -> {
        if (value instanceof Number number) {
          for (Number edge : EDGE_NUMBERS) {
            if (!edge.equals(number)) {
              out.add(replace(kind, site, edge, number + " -> " + edge));
            }
          }
        }
      }
      case SET_NULL -> {
        if (!root && value != JSONObject.NULL) {
          out.add(replace(kind, site, JSONObject.NULL, typeName(value) + " -> null"));
        }
      }
    }
    return out;
  }

  private static Edit replace(Kind kind, Site site, Object value, String description) {
    return new Edit(
        kind,
        description,
        copy -> {
          Object parent = at(copy, site.parentPath());
          Object last = site.path.get(site.path.size() - 1);
          if (parent instanceof JSONObject object) {
            object.put((String) last, copy(value));
          } else {
            ((JSONArray) parent).put((Integer) last, copy(value));
          }
          return pointer(site.path);
        });
  }

  private static Edit rename(Kind kind, Site site, String newKey) {
    List<Object> path = new ArrayList<>(site.parentPath());
    path.add(newKey);
    return new Edit(
        kind,
        "'" + site.key() + "' -> '" + newKey + "'",
        copy -> {
          JSONObject parent = (JSONObject) at(copy, site.parentPath());
          parent.put(newKey, parent.remove(site.key()));
          return pointer(path);
        });
  }

  private static Edit add(Kind kind, Site site, String key, Object value) {
    List<Object> path = new ArrayList<>(site.path);
    path.add(key);
    return new Edit(
        kind,
        "added '" + key + "'",
        copy -> {
          ((JSONObject) at(copy, site.path)).put(key, copy(value));
          return pointer(path);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /** A node of the original document and the path (keys and indices) that leads to it. */
  private record Site(List<Object> path, Object value) {
    boolean isMember() {
      return !path.isEmpty() && path.get(path.size() - 1) instanceof String;
    }

    String key() {
      return (String) path.get(path.size() - 1);
    }

    List<Object> parentPath() {
      return path.subList(0, path.size() - 1);
    }
  }

  /** Every node, depth first, keys in sorted order so that nothing depends on hashing. */
  private static List<Site> sites(Object document) {
    List<Site> out = new ArrayList<>();
    collect(document, new ArrayList<>(), out);
    return out;
  }

  private static void collect(Object value, List<Object> path, List<Site> out) {
    out.add(new Site(List.copyOf(path), value));
    if (value instanceof JSONObject object) {
      for (String key : new TreeSet<>(object.keySet())) {
        path.add(key);
        collect(object.get(key), path, out);
        path.remove(path.size() - 1);
      }
    } else if (value instanceof JSONArray array) {
      for (int i = 0; i < array.length(); i++) {
        path.add(i);
        collect(array.get(i), path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  private static boolean matchesAny(List<Object> path, List<List<String>> patterns) {
    for (List<String> pattern : patterns) {
      if (pattern.size() != path.size()) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < pattern.size() && match; i++) {
        match = pattern.get(i).equals("*") || pattern.get(i).equals(path.get(i));
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  private String typo(String key) {
    if (key.isEmpty()) {
      return "x";
    }
    int i = random.nextInt(key.length());
    int j = Math.max(0, Math.min(i, key.length() - 2));
    String typo =
        switch (random.nextInt(7)) {
          case 0 -> key.length() > 1 ? key.substring(0, i) + key.substring(i + 1) : key + key;
          case 1 ->
              key.length() < 2
                  ? key + "_"
                  : key.substring(0, j) + key.charAt(j + 1) + key.charAt(j) + key.substring(j + 2);
          case 2 -> key.substring(0, i) + key.charAt(i) + key.substring(i);
          case 3 -> key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
          case 4 -> key.contains("_") ? key.replace('_', '-') : key.replace('-', '_');
          case 5 -> key.endsWith("s") ? key.substring(0, key.length() - 1) : key + "s";
          default -> key.toUpperCase(Locale.ROOT);
        };
    return typo.equals(key) ? key + "_" : typo;
  }

  /** One value of each JSON type the schemas tell apart, plus empty containers. */
  private static List<Object> typeSamples() {
    return List.of(
        "text",
        7,
        2.5,
        true,
        new JSONArray().put("item"),
        new JSONObject().put("key", "value"),
        new JSONArray(),
        new JSONObject(),
        JSONObject.NULL);
  }

  static String typeName(Object value) {
    if (value == JSONObject.NULL) {
      return "null";
    }
    if (value instanceof JSONObject) {
      return "map";
    }
    if (value instanceof JSONArray) {
      return "list";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return "integer";
    }
    return "number";
  }

  /** A deep copy of an org.json value. */
  public static Object copy(Object value) {
    if (value instanceof JSONObject object) {
      JSONObject out = new JSONObject();
      for (String key : object.keySet()) {
        out.put(key, copy(object.get(key)));
      }
      return out;
    }
    if (value instanceof JSONArray array) {
      JSONArray out = new JSONArray();
      for (Object item : array) {
        out.put(copy(item));
      }
      return out;
    }
    return value;
  }

  private static Object at(Object root, List<Object> path) {
    Object node = root;
    for (Object token : path) {
      node =
          token instanceof String key
              ? ((JSONObject) node).get(key)
              : ((JSONArray) node).get((Integer) token);
    }
    return node;
  }

  /** RFC 6901 JSON pointer for a path of keys and indices. */
  public static String pointer(List<Object> path) {
    StringBuilder out = new StringBuilder();
    for (Object token : path) {
      out.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
