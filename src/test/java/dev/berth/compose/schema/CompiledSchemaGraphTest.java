package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.Schema;
import org.everit.json.schema.SchemaLocation;
import org.everit.json.schema.regexp.Regexp;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * The compiled schema is the loaded one: the two object graphs are walked side by side and every
 * instance field of every schema object is compared (class, annotations, locations, required lists,
 * properties and pattern properties in iteration order, regexps, enum values, bounds, referred
 * schemas), and a node shared in one graph is shared the same way in the other. Differences
 * allowed: the root's raw {@code definitions}, which the compiler leaves out; the order of the
 * synthetic allOf the loader makes in hash-set order; and the class of locations (a subclass that
 * carries its text: equal, and printed the same).
 */
class CompiledSchemaGraphTest {
  private final IdentityHashMap<Object, Object> paired = new IdentityHashMap<>();
  private int compared;

  @Test
  void compiledGraphEqualsLoadedGraph() throws Exception {
    ComposeSchema loaded = ComposeSchema.fromJson("loaded", CompiledComposeSchemaTest.schemaJson());
    ComposeSchema compiled = ComposeSchema.compiled();
    assertEquals(loaded.uniqueLists(), compiled.uniqueLists());
    Schema root = compiled.everit();
    assertTrue(loaded.everit().getUnprocessedProperties().containsKey("definitions"));
    assertEquals(
        loaded.everit().getUnprocessedProperties().keySet().size() - 1,
        root.getUnprocessedProperties().size());
    same(loaded.everit(), root, "#");
    assertTrue(compared > 600, "only " + compared + " schema objects compared");
  }

  @Test
  void everyBuildIsANewGraph() {
    assertNotSame(ComposeSchema.compiled().everit(), ComposeSchema.compiled().everit());
    assertTrue(ComposeSchema.bundled().isPresent());
  }

  private void same(Object expected, Object actual, String path) throws Exception {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, path);
      return;
    }
    if (expected.getClass() == SchemaLocation.class) {
      // The compiled graph's locations carry their text (see SchemaGraphBuilder.loc).
      assertEquals(SchemaGraphBuilder.KnownLocation.class, actual.getClass(), path + ": class");
    } else if (actual instanceof HandMatchedRegexp) {
      // A simple pattern, matched by hand as RE2/J matches it (see HandMatchedRegexpTest).
      assertTrue(expected instanceof Regexp, path + ": class");
    } else {
      assertEquals(expected.getClass(), actual.getClass(), path + ": class");
    }
    if (expected instanceof Schema) {
      if (paired.containsKey(expected)) {
        if (paired.get(expected) != actual) {
          fail(path + ": shared differently in the two graphs");
        }
        return;
      }
      paired.put(expected, actual);
      compared++;
      fields(expected, actual, path);
    } else if (expected instanceof Regexp) {
      assertEquals(expected.toString(), actual.toString(), path + ": regexp");
    } else if (expected instanceof SchemaLocation) {
      assertEquals(expected, actual, path + ": location");
      assertEquals(expected.toString(), actual.toString(), path + ": location");
      fields(expected, actual, path + "(location)");
    } else if (expected instanceof Map<?, ?> e) {
      Map<?, ?> a = (Map<?, ?>) actual;
      boolean root = path.equals("#.Schema.unprocessedProperties");
      List<Object> keys = new ArrayList<>(e.keySet());
      if (root) {
        keys.remove("definitions");
      }
      assertEquals(keys.size(), a.size(), path + ": size");
      if (path.endsWith("unprocessedProperties")) {
        // Annotations only: compared by key, as the order of a HashMap copy depends on its size.
        for (Object key : keys) {
          assertTrue(a.containsKey(key), path + ": no " + key);
          same(e.get(key), a.get(key), path + "[" + key + "]");
        }
        return;
      }
      Iterator<?> ai = a.entrySet().iterator();
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        if (root && "definitions".equals(entry.getKey())) {
          continue;
        }
        Map.Entry<?, ?> other = (Map.Entry<?, ?>) ai.next();
        same(entry.getKey(), other.getKey(), path + ": key");
        same(entry.getValue(), other.getValue(), path + "[" + entry.getKey() + "]");
      }
    } else if (expected instanceof Collection<?> e) {
      Collection<?> a = (Collection<?>) actual;
      assertEquals(e.size(), a.size(), path + ": size");
      Iterator<?> ai = a.iterator();
      int i = 0;
      for (Object item : e) {
        same(item, ai.next(), path + "[" + i++ + "]");
      }
    } else if (expected instanceof Optional<?> e) {
      same(e.orElse(null), ((Optional<?>) actual).orElse(null), path);
    } else if (expected instanceof FormatValidator
        || expected instanceof CombinedSchema.ValidationCriterion) {
      assertTrue(expected == actual, path + ": " + expected + " versus " + actual);
    } else if (expected instanceof String
        || expected instanceof Number
        || expected instanceof Boolean
        || expected == JSONObject.NULL
        || expected instanceof java.net.URI) {
      assertEquals(expected, actual, path);
    } else {
      fail(path + ": no comparison for " + expected.getClass());
    }
  }

  private static List<Schema> byOrderKey(Collection<?> schemas) {
    List<Schema> out = new ArrayList<>();
    for (Object o : schemas) {
      out.add((Schema) o);
    }
    out.sort(java.util.Comparator.comparing(ComposeSchemaCompiler::orderKey));
    return out;
  }

  private void fields(Object expected, Object actual, String path) throws Exception {
    for (Class<?> c = expected.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        Object e = f.get(expected);
        Object a = f.get(actual);
        if (expected instanceof CombinedSchema combined
            && combined.getCriterion() == CombinedSchema.ALL_CRITERION
            && f.getName().endsWith("ubschemas")
            && Boolean.TRUE.equals(ComposeSchemaCompiler.field(combined, c, "synthetic"))) {
          // The allOf the loader makes of one object's keywords is in hash-set order, which
          // changes from run to run; the compiled one is in a fixed order (see the compiler).
          e = byOrderKey((Collection<?>) e);
          a = byOrderKey((Collection<?>) a);
        }
        same(e, a, path + "." + c.getSimpleName() + "." + f.getName());
      }
    }
  }
}
