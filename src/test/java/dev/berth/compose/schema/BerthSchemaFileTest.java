package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.compose.schema.ComposeSchemas.Regex;
import dev.berth.compose.schema.SchemaExamples.Example;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.everit.json.schema.Schema;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** berth's compose schema on its own: it loads, it is well formed, and it judges examples right. */
class BerthSchemaFileTest {
  private static final JSONObject SCHEMA = ComposeSchemas.berthJson();
  private static final Map<Regex, Schema> BUILT = new EnumMap<>(Regex.class);

  /** Besides $ref, a schema object may only carry annotations: draft-07 ignores its siblings. */
  private static final Set<String> ALLOWED_BESIDE_REF = Set.of("$ref", "description", "$comment");

  /** Strings whose verdict under a pattern is compared between java.util.regex and RE2/J. */
  private static final List<String> PROBES =
      List.of(
          "web",
          "web-1.a_b",
          "",
          " ",
          "x-",
          "x-y",
          "X-y",
          "a b",
          "wéb",
          "web/1",
          "every_5m",
          "every_",
          "always",
          "a!",
          "ab",
          "nofile",
          "NOFILE",
          "a",
          "\n",
          "web\n",
          "a\nb",
          "\r",
          "web\r\n",
          "a\u0085",
          "\u2028",
          "tab\t");

  @Test
  void declaresDraft07AndLoadsInEveritWithoutOptions() {
    assertEquals("http://json-schema.org/draft-07/schema#", SCHEMA.getString("$schema"));
    Schema schema =
        org.everit.json.schema.loader.SchemaLoader.builder()
            .schemaJson(SCHEMA)
            .build()
            .load()
            .build();
    assertTrue(ComposeSchemas.accepts(schema, new JSONObject("{\"services\":{\"web\":{}}}")));
    assertFalse(ComposeSchemas.accepts(schema, new JSONObject("{\"servcies\":{}}")));
  }

  @Test
  void everyReferenceResolvesAndEveryDefinitionIsUsed() {
    JSONObject definitions = SCHEMA.getJSONObject("definitions");
    Set<String> referenced = new TreeSet<>();
    walk(
        SCHEMA,
        "#",
        (node, where) -> {
          if (node.has("$ref")) {
            String ref = node.getString("$ref");
            assertTrue(ref.startsWith("#/definitions/"), where + ": $ref must be local: " + ref);
            String name = ref.substring("#/definitions/".length());
            assertTrue(definitions.has(name), where + ": $ref to a missing definition " + name);
            referenced.add(name);
          }
        });
    Set<String> unused = new TreeSet<>(definitions.keySet());
    unused.removeAll(referenced);
    assertEquals(Set.of(), unused, "definitions nobody refers to");
  }

  @Test
  void refsCarryOnlyAnnotations() {
    List<String> offenders = new ArrayList<>();
    walk(
        SCHEMA,
        "#",
        (node, where) -> {
          if (node.has("$ref")) {
            Set<String> extra = new TreeSet<>(node.keySet());
            extra.removeAll(ALLOWED_BESIDE_REF);
            if (!extra.isEmpty()) {
              offenders.add(where + " " + extra);
            }
          }
        });
    assertEquals(List.of(), offenders, "draft-07 ignores keywords beside $ref");
  }

  @Test
  void everyPropertyAndDefinitionIsDescribed() {
    List<String> missing = new ArrayList<>();
    for (String name : SCHEMA.getJSONObject("definitions").keySet()) {
      if (!SCHEMA.getJSONObject("definitions").getJSONObject(name).has("description")) {
        missing.add("#/definitions/" + name);
      }
    }
    walk(
        SCHEMA,
        "#",
        (node, where) -> {
          JSONObject properties = node.optJSONObject("properties");
          if (properties != null) {
            for (String key : properties.keySet()) {
              if (!properties.getJSONObject(key).has("description")) {
                missing.add(where + "/properties/" + key);
              }
            }
          }
        });
    assertEquals(List.of(), missing, "an editor shows nothing for these");
  }

  @Test
  void isIndentedWithTwoSpaces() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream(ComposeSchemas.BERTH_RESOURCE)) {
      assertNotNull(in);
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      int indent = line.length() - line.stripLeading().length();
      assertFalse(line.startsWith("\t") || line.contains("\t"), "tab on line " + lineNumber);
      assertEquals(0, indent % 2, "odd indentation on line " + lineNumber);
    }
  }

  /**
   * Patterns must compile in java.util.regex (everit's default) and in RE2/J (Go's semantics, as
   * docker compose uses), and mean the same in both, except for one documented corner: Java's
   * {@code $} also matches before a final line break, and Java's {@code .} also refuses \r, \u0085,
   * \u2028 and \u2029. Both corners only concern strings containing line terminators.
   */
  @Test
  void patternsMeanTheSameInJavaAndRe2ExceptForLineTerminators() {
    Set<String> patterns = new TreeSet<>();
    walk(
        SCHEMA,
        "#",
        (node, where) -> {
          if (node.has("pattern")) {
            patterns.add(node.getString("pattern"));
          }
          JSONObject patternProperties = node.optJSONObject("patternProperties");
          if (patternProperties != null) {
            patterns.addAll(patternProperties.keySet());
          }
        });
    assertTrue(patterns.size() >= 6, "patterns found: " + patterns);
    Pattern lineTerminator = Pattern.compile("[\n\r\u0085\u2028\u2029]");
    for (String pattern : patterns) {
      assertFalse(
          pattern.contains("(?"), "no lookaround or inline flags (RE2 lacks them): " + pattern);
      Pattern java = Pattern.compile(pattern);
      com.google.re2j.Pattern re2 = com.google.re2j.Pattern.compile(pattern);
      for (String probe : PROBES) {
        boolean inJava = java.matcher(probe).find();
        boolean inRe2 = re2.matcher(probe).find();
        if (inJava != inRe2) {
          assertTrue(
              lineTerminator.matcher(probe).find(),
              "/" + pattern + "/ on " + escape(probe) + ": Java " + inJava + ", RE2 " + inRe2);
        }
      }
    }
  }

  /** The one engine difference users could meet, pinned so that nobody is surprised by it. */
  @Test
  void javaRegexAcceptsAServiceNameEndingInANewlineButRe2RejectsIt() {
    JSONObject document =
        new JSONObject().put("services", new JSONObject().put("web\n", new JSONObject()));
    assertTrue(ComposeSchemas.accepts(ComposeSchemas.build(SCHEMA, Regex.JAVA), document));
    assertFalse(ComposeSchemas.accepts(ComposeSchemas.build(SCHEMA, Regex.RE2J), document));
  }

  static List<Example> examples() {
    return SchemaExamples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void judgesTheExample(Example example) throws YamlJson.Unloadable {
    List<Object> documents = YamlJson.documents(example.yaml());
    assertEquals(1, documents.size());
    for (Regex regex : Regex.values()) {
      assertEquals(
          example.valid(),
          ComposeSchemas.accepts(schema(regex), documents.get(0)),
          example + " with " + regex + " regex");
    }
  }

  @ParameterizedTest
  @EnumSource(Regex.class)
  void acceptsTheSeedFixtures(Regex regex) throws YamlJson.Unloadable {
    for (String fixture : DifferentialInputs.SEED_FIXTURES) {
      for (Object document : YamlJson.documents(DifferentialInputs.fixtureText(fixture))) {
        try {
          schema(regex).validate(document);
        } catch (org.everit.json.schema.ValidationException e) {
          throw new AssertionError(fixture + ": " + e.getAllMessages(), e);
        }
      }
    }
  }

  /**
   * Every place the schema describes (every property, at every path it can be reached by) occurs in
   * some seed fixture, so the exhaustive mutants of the differential test reach all of them.
   */
  @Test
  void seedFixturesReachEveryPlaceOfTheSchema() throws YamlJson.Unloadable {
    Set<List<String>> places = new LinkedHashSet<>();
    places(SCHEMA, SCHEMA, List.of(), places, new HashSet<>());
    Set<List<String>> seen = new HashSet<>();
    for (String fixture : DifferentialInputs.SEED_FIXTURES) {
      for (Object document : YamlJson.documents(DifferentialInputs.fixtureText(fixture))) {
        instancePaths(document, List.of(), seen);
      }
    }
    List<String> unreached = new ArrayList<>();
    for (List<String> place : places) {
      if (seen.stream().noneMatch(path -> matches(place, path))) {
        unreached.add("/" + String.join("/", place));
      }
    }
    assertTrue(places.size() > 300, "places found: " + places.size());
    assertEquals(List.of(), unreached, "add these to a seed fixture");
  }

  /** Property paths of the schema: "*" for a patternProperties step, "[]" for an items step. */
  private static void places(
      JSONObject root,
      JSONObject node,
      List<String> path,
      Set<List<String>> out,
      Set<String> seen) {
    if (node.has("$ref")) {
      String name = node.getString("$ref").substring("#/definitions/".length());
      if (seen.add(name + " at " + path)) {
        places(root, root.getJSONObject("definitions").getJSONObject(name), path, out, seen);
      }
      return;
    }
    JSONArray branches = node.optJSONArray("oneOf");
    for (int i = 0; branches != null && i < branches.length(); i++) {
      places(root, branches.getJSONObject(i), path, out, seen);
    }
    JSONObject properties = node.optJSONObject("properties");
    if (properties != null) {
      for (String key : properties.keySet()) {
        List<String> child = append(path, key);
        out.add(child);
        places(root, properties.getJSONObject(key), child, out, seen);
      }
    }
    JSONObject patterns = node.optJSONObject("patternProperties");
    if (patterns != null) {
      for (String pattern : patterns.keySet()) {
        if (!pattern.equals("^x-")) {
          places(root, patterns.getJSONObject(pattern), append(path, "*"), out, seen);
        }
      }
    }
    if (node.optJSONObject("items") != null) {
      places(root, node.getJSONObject("items"), append(path, "[]"), out, seen);
    }
  }

  private static void instancePaths(Object value, List<String> path, Set<List<String>> out) {
    out.add(path);
    if (value instanceof JSONObject object) {
      for (String key : object.keySet()) {
        instancePaths(object.get(key), append(path, key), out);
      }
    } else if (value instanceof JSONArray array) {
      for (Object item : array) {
        instancePaths(item, append(path, "[]"), out);
      }
    }
  }

  private static boolean matches(List<String> place, List<String> path) {
    if (place.size() != path.size()) {
      return false;
    }
    for (int i = 0; i < place.size(); i++) {
      if (!place.get(i).equals("*") && !place.get(i).equals(path.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> append(List<String> path, String token) {
    List<String> out = new ArrayList<>(path);
    out.add(token);
    return List.copyOf(out);
  }

  private static synchronized Schema schema(Regex regex) {
    return BUILT.computeIfAbsent(regex, r -> ComposeSchemas.build(SCHEMA, r));
  }

  /** Calls {@code visit} on every schema object, with a JSON-pointer-like location. */
  static void walk(Object node, String where, BiConsumer<JSONObject, String> visit) {
    if (node instanceof JSONObject object) {
      visit.accept(object, where);
      for (String key : object.keySet()) {
        if (key.equals("enum") || key.equals("required")) {
          continue;
        }
        walk(object.get(key), where + "/" + key, visit);
      }
    } else if (node instanceof JSONArray array) {
      for (int i = 0; i < array.length(); i++) {
        walk(array.get(i), where + "/" + i, visit);
      }
    }
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append('"').toString();
  }
}
