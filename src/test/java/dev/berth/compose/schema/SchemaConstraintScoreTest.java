package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.compose.schema.ComposeSchemas.Regex;
import dev.berth.compose.schema.DifferentialInputs.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.everit.json.schema.Schema;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How sharp the differential test is: every constraint of berth's schema is removed or tightened in
 * turn (one edit per schema build), and an edit counts as noticed when some corpus document, seed,
 * example or mutant gets a verdict from the edited schema that differs from upstream's. Slow (one
 * schema build and ~4,400 validations per edit), so it only runs on request:
 *
 * <pre>mvn -q test -Dtest=SchemaConstraintScoreTest -Dberth.schemaScore=true</pre>
 */
@EnabledIfSystemProperty(named = "berth.schemaScore", matches = "true")
class SchemaConstraintScoreTest {

  /** One edit of the schema: what it does, and the change applied to a copy. */
  private record Edit(String what, Consumer<JSONObject> apply) {}

  @Test
  void mutantsNoticeMostSingleConstraintEdits() {
    DifferentialInputs inputs = DifferentialInputs.get();
    List<Case> cases = new ArrayList<>(inputs.corpus());
    cases.addAll(inputs.seeds());
    cases.addAll(inputs.mutants().toList());
    Schema upstream = ComposeSchemas.build(inputs.upstreamJson(), Regex.JAVA);
    boolean[] upstreamAccepts = new boolean[cases.size()];
    for (int i = 0; i < cases.size(); i++) {
      upstreamAccepts[i] = ComposeSchemas.accepts(upstream, cases.get(i).document());
    }

    JSONObject berth = ComposeSchemas.berthJson();
    List<Edit> edits = new ArrayList<>();
    collectEdits(berth, new ArrayList<>(), edits);
    List<String> unnoticed = new ArrayList<>();
    for (Edit edit : edits) {
      JSONObject copy = new JSONObject(berth.toString());
      edit.apply().accept(copy);
      Schema edited = ComposeSchemas.build(copy, Regex.JAVA);
      boolean noticed = false;
      for (int i = 0; i < cases.size() && !noticed; i++) {
        noticed = ComposeSchemas.accepts(edited, cases.get(i).document()) != upstreamAccepts[i];
      }
      if (!noticed) {
        unnoticed.add(edit.what());
      }
    }
    int noticed = edits.size() - unnoticed.size();
    System.out.printf(
        Locale.ROOT,
        "[schema-score] %d single-constraint edits, %d noticed (%.1f%%) by %d documents%n",
        edits.size(),
        noticed,
        100.0 * noticed / edits.size(),
        cases.size());
    unnoticed.forEach(u -> System.out.println("[schema-score]   unnoticed: " + u));
    assertTrue(noticed * 10 >= edits.size() * 9, "fewer than 90% of the edits were noticed");
  }

  /** Every removal or tightening of one constraint, found by walking the schema. */
  private static void collectEdits(Object node, List<Object> path, List<Edit> out) {
    if (node instanceof JSONArray array) {
      for (int i = 0; i < array.length(); i++) {
        path.add(i);
        collectEdits(array.get(i), path, out);
        path.remove(path.size() - 1);
      }
      return;
    }
    if (!(node instanceof JSONObject object)) {
      return;
    }
    List<Object> here = List.copyOf(path);
    String at = ComposeMutator.pointer(here);
    for (String keyword :
        List.of("required", "enum", "pattern", "uniqueItems", "minimum", "maximum", "type")) {
      if (object.has(keyword)) {
        out.add(
            new Edit("remove " + keyword + " at " + at, s -> schemaAt(s, here).remove(keyword)));
      }
    }
    if (Boolean.FALSE.equals(object.opt("additionalProperties"))) {
      out.add(
          new Edit(
              "remove additionalProperties at " + at,
              s -> schemaAt(s, here).remove("additionalProperties")));
    }
    if (object.opt("type") instanceof JSONArray types) {
      for (int i = 0; i < types.length(); i++) {
        int index = i;
        out.add(
            new Edit(
                "drop type " + types.get(i) + " at " + at,
                s -> schemaAt(s, here).getJSONArray("type").remove(index)));
      }
    }
    if (object.opt("oneOf") instanceof JSONArray branches) {
      for (int i = 0; i < branches.length(); i++) {
        int index = i;
        out.add(
            new Edit(
                "drop oneOf branch " + i + " at " + at,
                s -> schemaAt(s, here).getJSONArray("oneOf").remove(index)));
      }
    }
    JSONObject patterns = object.optJSONObject("patternProperties");
    if (patterns != null) {
      for (String pattern : patterns.keySet()) {
        out.add(
            pattern.equals("^x-")
                ? new Edit(
                    "forbid x- keys at " + at,
                    s -> schemaAt(s, here).getJSONObject("patternProperties").remove(pattern))
                : new Edit(
                    "let pattern " + pattern + " match anything at " + at,
                    s -> {
                      JSONObject p = schemaAt(s, here).getJSONObject("patternProperties");
                      p.put("", p.remove(pattern));
                    }));
      }
    }
    for (String key : object.keySet()) {
      if (key.equals("enum") || key.equals("required") || key.equals("type")) {
        continue;
      }
      path.add(key);
      collectEdits(object.get(key), path, out);
      path.remove(path.size() - 1);
    }
  }

  private static JSONObject schemaAt(JSONObject root, List<Object> path) {
    Object node = root;
    for (Object token : path) {
      node =
          token instanceof Integer i
              ? ((JSONArray) node).get(i)
              : ((JSONObject) node).get((String) token);
    }
    return (JSONObject) node;
  }
}
