package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.berth.compose.schema.ComposeMutator.Kind;
import dev.berth.compose.schema.ComposeSchemas.Regex;
import dev.berth.compose.schema.DifferentialInputs.Case;
import dev.berth.compose.schema.SchemaExamples.Example;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * berth's compose schema against the schema docker compose validates with ({@code
 * ../shared/reference/compose-spec-latest.json}): the same accept/reject verdict on every real
 * compose file of {@code ../shared/corpus/compose}, on berth's seed fixtures and examples, and on
 * thousands of seeded mutants of all of them. Both schemas run in everit, once with each regex
 * engine. Skips when {@code ../shared} is absent.
 */
class SchemaDifferentialTest {
  static final int MIN_MUTANTS = 2_000;

  /** A verdict difference berth keeps on purpose. */
  record KnownDifference(String id, String reason, Predicate<Case> applies) {}

  /**
   * Deliberate verdict differences. There are none today: berth's schema is meant to judge every
   * document as the Compose schema does, and the features newer than the older compose-spec.json
   * (pre_start, build.no_cache_filter, null entries in a service's models map) are in both schemas.
   * An entry here needs a reason, and must still be observed (a stale entry fails the test).
   */
  static final List<KnownDifference> KNOWN_DIFFERENCES = List.of();

  private static List<Case> corpus;
  private static List<Case> seeds;
  private static JSONObject upstreamJson;
  private static JSONObject berthJson;
  private static final Map<Regex, Schema> UPSTREAM = new EnumMap<>(Regex.class);
  private static final Map<Regex, Schema> BERTH = new EnumMap<>(Regex.class);

  @BeforeAll
  static void load() {
    DifferentialInputs inputs = DifferentialInputs.get();
    corpus = inputs.corpus();
    seeds = inputs.seeds();
    upstreamJson = inputs.upstreamJson();
    berthJson = ComposeSchemas.berthJson();
    for (Regex regex : Regex.values()) {
      UPSTREAM.put(regex, ComposeSchemas.build(upstreamJson, regex));
      BERTH.put(regex, ComposeSchemas.build(berthJson, regex));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // verdicts

  @ParameterizedTest
  @EnumSource(Regex.class)
  void corpusVerdictsAgree(Regex regex) {
    Tally tally = judge(regex, corpus);
    DifferentialInputs inputs = DifferentialInputs.get();
    System.out.printf(
        Locale.ROOT,
        "[schema-diff %s] corpus: %d files, %d documents judged (%d files unloadable, %d empty);"
            + " upstream accepts %d, rejects %d; berth agrees on %d of %d%n",
        regex,
        inputs.corpusFiles(),
        corpus.size(),
        inputs.unloadable().size(),
        inputs.emptyFiles(),
        tally.upstreamAccepts,
        tally.judged - tally.upstreamAccepts,
        tally.agreements,
        tally.judged);
    inputs
        .unloadable()
        .forEach(
            (file, why) -> System.out.printf("[schema-diff]   unloadable %s: %s%n", file, why));
    tally.assertClean();
    assertTrue(
        corpus.size() >= 500, "the corpus should give hundreds of documents, got " + corpus.size());
  }

  @ParameterizedTest
  @EnumSource(Regex.class)
  void seedFixturesAndExamplesVerdictsAgree(Regex regex) {
    Tally tally = judge(regex, seeds);
    System.out.printf(
        Locale.ROOT,
        "[schema-diff %s] seed fixtures and examples: %d documents; upstream accepts %d;"
            + " berth agrees on %d%n",
        regex,
        tally.judged,
        tally.upstreamAccepts,
        tally.agreements);
    tally.assertClean();
  }

  /** The verdicts ComposeSchemaTest expects without reference data are the upstream schema's. */
  @Test
  void examplesCarryTheUpstreamVerdict() throws YamlJson.Unloadable {
    List<String> wrong = new ArrayList<>();
    for (Example example : SchemaExamples.all()) {
      Object document = YamlJson.documents(example.yaml()).get(0);
      if (ComposeSchemas.accepts(UPSTREAM.get(Regex.RE2J), document) != example.valid()) {
        wrong.add(example.toString());
      }
    }
    assertEquals(List.of(), wrong, "examples whose expected verdict is not upstream's");
  }

  @ParameterizedTest
  @EnumSource(Regex.class)
  void mutantVerdictsAgree(Regex regex) {
    Tally tally = judge(regex, DifferentialInputs.get().mutants());
    System.out.printf(
        Locale.ROOT,
        "[schema-diff %s] mutants (seed %#x): %d random ones of %d corpus documents, %d from every"
            + " node of %d seed documents and %d examples; %d in all; upstream rejects %d;"
            + " berth agrees on %d of %d%n",
        regex,
        DifferentialInputs.SEED,
        tally.sampled,
        corpus.size(),
        tally.judged - tally.sampled,
        seedDocuments(),
        seeds.size() - seedDocuments(),
        tally.judged,
        tally.judged - tally.upstreamAccepts,
        tally.agreements,
        tally.judged);
    tally.byKind.forEach(
        (kind, counts) ->
            System.out.printf(
                Locale.ROOT,
                "[schema-diff %s]   %-15s %5d mutants, upstream rejects %5d%n",
                regex,
                kind,
                counts[0],
                counts[1]));
    assertTrue(tally.judged >= MIN_MUTANTS, "only " + tally.judged + " mutants");
    for (Kind kind : Kind.values()) {
      int[] counts = tally.byKind.get(kind);
      assertTrue(counts != null && counts[1] > 0, kind + " never produced a rejected document");
      assertTrue(counts[1] < counts[0], kind + " never produced an accepted document");
    }
    tally.assertClean();
  }

  private static int seedDocuments() {
    return (int) seeds.stream().filter(c -> c.source().startsWith("seed ")).count();
  }

  /** Verdicts of both schemas on some cases, and what differed. */
  private static final class Tally {
    int judged;
    int sampled;
    int upstreamAccepts;
    int agreements;
    final Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
    final List<String> unexplained = new ArrayList<>();
    final Map<String, Integer> explained = new LinkedHashMap<>();
    Regex regex;

    void add(Verdict v) {
      judged++;
      if (v.upstreamOk()) {
        upstreamAccepts++;
      }
      if (v.kind() != null) {
        if (v.fromCorpus()) {
          sampled++;
        }
        int[] counts = byKind.computeIfAbsent(v.kind(), k -> new int[2]);
        counts[0]++;
        if (!v.upstreamOk()) {
          counts[1]++;
        }
      }
      if (v.upstreamOk() == v.berthOk()) {
        agreements++;
      } else if (v.knownDifference() != null) {
        explained.merge(v.knownDifference(), 1, Integer::sum);
      } else {
        unexplained.add(v.explanation());
      }
    }

    void assertClean() {
      for (KnownDifference known : KNOWN_DIFFERENCES) {
        assertTrue(
            explained.containsKey(known.id()),
            "known difference " + known.id() + " no longer occurs; remove it from the list");
      }
      if (!unexplained.isEmpty()) {
        fail(
            unexplained.size()
                + " verdicts differ from the upstream schema ("
                + regex
                + " regex):\n"
                + String.join("\n", unexplained.subList(0, Math.min(25, unexplained.size()))));
      }
    }
  }

  private static Tally judge(Regex regex, List<Case> cases) {
    return judge(regex, cases.stream());
  }

  /**
   * Judges in parallel (everit schemas are immutable and validation keeps no state between calls)
   * and tallies in order, keeping only small verdicts so that mutants need not be held.
   */
  private static Tally judge(Regex regex, Stream<Case> cases) {
    Tally tally = new Tally();
    tally.regex = regex;
    Schema upstream = UPSTREAM.get(regex);
    Schema berth = BERTH.get(regex);
    cases.parallel().map(c -> Verdict.of(c, upstream, berth)).forEachOrdered(tally::add);
    return tally;
  }

  /** Both verdicts on one case, what kind of case it was, and, when they differ, why. */
  private record Verdict(
      Kind kind,
      boolean fromCorpus,
      boolean upstreamOk,
      boolean berthOk,
      String knownDifference,
      String explanation) {

    static Verdict of(Case c, Schema upstream, Schema berth) {
      boolean upstreamOk = ComposeSchemas.accepts(upstream, c.document());
      boolean berthOk = ComposeSchemas.accepts(berth, c.document());
      String known = null;
      String explanation = null;
      if (upstreamOk != berthOk) {
        known =
            KNOWN_DIFFERENCES.stream()
                .filter(k -> k.applies().test(c))
                .map(KnownDifference::id)
                .findFirst()
                .orElse(null);
        explanation =
            "- "
                + c.describe()
                + ": upstream "
                + verdict(upstream, c)
                + ", berth "
                + verdict(berth, c);
      }
      Kind kind = c.mutant() == null ? null : c.mutant().kind();
      return new Verdict(kind, c.fromCorpus(), upstreamOk, berthOk, known, explanation);
    }
  }

  private static String verdict(Schema schema, Case c) {
    try {
      schema.validate(c.document());
      return "accepts";
    } catch (ValidationException e) {
      return "rejects " + e.getAllMessages().subList(0, Math.min(3, e.getAllMessages().size()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the test's own power: the mutants notice a weakened schema

  /**
   * One constraint taken out of berth's schema; some mutant of a valid document must notice it (an
   * invalid example would notice it unmutated, which says nothing about the mutants).
   */
  private record Weakening(String what, String[] path, String removedKeyword) {}

  private static final List<Weakening> WEAKENINGS =
      List.of(
          new Weakening(
              "depends_on long form without required condition",
              new String[] {"definitions", "dependency"},
              "required"),
          new Weakening(
              "long volume without required type",
              new String[] {"definitions", "volume_mount"},
              "required"),
          new Weakening(
              "watch action without its enum",
              new String[] {"definitions", "watch_rule", "properties", "action"},
              "enum"),
          new Weakening(
              "service open to unknown keys",
              new String[] {"definitions", "service"},
              "additionalProperties"),
          new Weakening(
              "ports without uniqueItems",
              new String[] {"definitions", "service", "properties", "ports"},
              "uniqueItems"),
          new Weakening(
              "blkio_config open to x- keys",
              new String[] {"definitions", "blkio_config"},
              "additionalProperties"),
          new Weakening(
              "extends open to x- keys",
              new String[] {"definitions", "extends_reference"},
              "additionalProperties"),
          new Weakening(
              "cpu_percent without its maximum",
              new String[] {"definitions", "service", "properties", "cpu_percent"},
              "maximum"),
          new Weakening(
              "container_name without its pattern",
              new String[] {"definitions", "service", "properties", "container_name"},
              "pattern"),
          new Weakening(
              "services open to bad names",
              new String[] {"properties", "services"},
              "additionalProperties"),
          new Weakening(
              "ulimit soft/hard not required",
              new String[] {
                "definitions", "ulimits", "patternProperties", "^[a-z]+$", "oneOf", "1"
              },
              "required"),
          new Weakening(
              "model without required model", new String[] {"definitions", "model"}, "required"));

  @Test
  void mutantsNoticeEachWeakenedConstraint() {
    List<Schema> weakened = new ArrayList<>();
    for (Weakening weakening : WEAKENINGS) {
      JSONObject copy = new JSONObject(berthJson.toString());
      Object node = copy;
      for (String token : weakening.path()) {
        node =
            node instanceof JSONArray a
                ? a.get(Integer.parseInt(token))
                : ((JSONObject) node).get(token);
      }
      assertTrue(
          ((JSONObject) node).remove(weakening.removedKeyword()) != null,
          weakening.what() + ": nothing to remove");
      weakened.add(ComposeSchemas.build(copy, Regex.JAVA));
    }
    Schema upstream = UPSTREAM.get(Regex.JAVA);
    Set<String> validSources = new TreeSet<>();
    Stream.concat(corpus.stream(), seeds.stream())
        .filter(c -> ComposeSchemas.accepts(upstream, c.document()))
        .forEach(c -> validSources.add(c.source()));
    String[] firstNoticedBy = new String[WEAKENINGS.size()];
    DifferentialInputs.get()
        .mutants()
        .filter(c -> validSources.contains(c.source()))
        .takeWhile(c -> Arrays.stream(firstNoticedBy).anyMatch(Objects::isNull))
        .forEach(
            c -> {
              boolean upstreamOk = ComposeSchemas.accepts(upstream, c.document());
              for (int i = 0; i < firstNoticedBy.length; i++) {
                if (firstNoticedBy[i] == null
                    && ComposeSchemas.accepts(weakened.get(i), c.document()) != upstreamOk) {
                  firstNoticedBy[i] = c.describe();
                }
              }
            });
    List<String> unnoticed = new ArrayList<>();
    for (int i = 0; i < firstNoticedBy.length; i++) {
      System.out.printf(
          Locale.ROOT,
          "[schema-diff] weakened: %s; first noticed by %s%n",
          WEAKENINGS.get(i).what(),
          firstNoticedBy[i]);
      if (firstNoticedBy[i] == null) {
        unnoticed.add(WEAKENINGS.get(i).what());
      }
    }
    assertEquals(List.of(), unnoticed, "weakenings no mutant noticed");
  }

  // ---------------------------------------------------------------------------------------------
  // structure and wording

  /**
   * The same keys are allowed at every place of a document, with the same required keys and the
   * same closed mappings. This catches a missing attribute even when no input uses it.
   */
  @Test
  void vocabularyMatchesUpstream() {
    Map<String, Set<String>> upstream = vocabulary(upstreamJson);
    Map<String, Set<String>> berth = vocabulary(berthJson);
    List<String> differences = new ArrayList<>();
    for (String place : new TreeSet<>(union(upstream.keySet(), berth.keySet()))) {
      Set<String> u = upstream.getOrDefault(place, Set.of());
      Set<String> b = berth.getOrDefault(place, Set.of());
      if (!u.equals(b)) {
        differences.add(place + ": upstream only " + minus(u, b) + ", berth only " + minus(b, u));
      }
    }
    System.out.printf(
        Locale.ROOT, "[schema-diff] vocabulary: %d places compared%n", upstream.size());
    assertEquals(List.of(), differences);
  }

  /** No description of berth's schema repeats an upstream one, nor six words in a row of one. */
  @Test
  void descriptionsAreWrittenForBerth() {
    Set<String> upstreamShingles = new TreeSet<>();
    Set<String> upstreamWhole = new TreeSet<>();
    for (String d : descriptions(upstreamJson)) {
      upstreamWhole.add(normalise(d));
      upstreamShingles.addAll(shingles(d, 6));
    }
    List<String> borrowed = new ArrayList<>();
    List<String> ours = descriptions(berthJson);
    for (String d : ours) {
      if (upstreamWhole.contains(normalise(d))) {
        borrowed.add("same text: " + d);
        continue;
      }
      for (String shingle : shingles(d, 6)) {
        if (upstreamShingles.contains(shingle)) {
          borrowed.add("'" + shingle + "' in: " + d);
          break;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "[schema-diff] descriptions: %d of ours, %d borrowing upstream wording%n",
        ours.size(),
        borrowed.size());
    assertEquals(List.of(), borrowed);
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /**
   * For each place in a document (a path with {pattern} and [] steps), its allowed keys and rules.
   */
  static Map<String, Set<String>> vocabulary(JSONObject root) {
    Map<String, Set<String>> out = new TreeMap<>();
    vocabulary(root, root, "", out, new TreeSet<>());
    return out;
  }

  private static void vocabulary(
      JSONObject root,
      JSONObject schema,
      String place,
      Map<String, Set<String>> out,
      Set<String> seen) {
    if (schema.has("$ref")) {
      String name = schema.getString("$ref").substring("#/definitions/".length());
      if (seen.add(name + "@" + place)) {
        vocabulary(root, root.getJSONObject("definitions").getJSONObject(name), place, out, seen);
      }
      return;
    }
    for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
      JSONArray branches = schema.optJSONArray(combinator);
      for (int i = 0; branches != null && i < branches.length(); i++) {
        vocabulary(root, branches.getJSONObject(i), place, out, seen);
      }
    }
    Set<String> keys = out.computeIfAbsent(place, p -> new TreeSet<>());
    if (!allowsObjects(schema)) {
      schema =
          new JSONObject()
              .put("items", schema.opt("items") == null ? new JSONObject() : schema.get("items"));
    }
    JSONObject properties = schema.optJSONObject("properties");
    if (properties != null) {
      for (String key : properties.keySet()) {
        keys.add(key);
        vocabulary(root, properties.getJSONObject(key), place + "/" + key, out, seen);
      }
    }
    JSONObject patterns = schema.optJSONObject("patternProperties");
    if (patterns != null) {
      for (String pattern : patterns.keySet()) {
        keys.add("{" + pattern + "}");
        if (!pattern.equals("^x-")) {
          vocabulary(
              root, patterns.getJSONObject(pattern), place + "/{" + pattern + "}", out, seen);
        }
      }
    }
    if (Boolean.FALSE.equals(schema.opt("additionalProperties")) && allowsObjects(schema)) {
      keys.add("!closed");
    }
    JSONArray required = schema.optJSONArray("required");
    if (required != null) {
      keys.add("!required " + new TreeSet<>(required.toList()));
    }
    if (schema.optJSONObject("items") != null) {
      vocabulary(root, schema.getJSONObject("items"), place + "/[]", out, seen);
    }
  }

  /** Object keywords on a schema that admits no objects (upstream's gpus list) have no effect. */
  private static boolean allowsObjects(JSONObject schema) {
    Object type = schema.opt("type");
    if (type == null) {
      return true;
    }
    return type instanceof JSONArray a ? a.toList().contains("object") : "object".equals(type);
  }

  private static List<String> descriptions(JSONObject schema) {
    List<String> out = new ArrayList<>();
    BerthSchemaFileTest.walk(
        schema,
        "#",
        (node, where) -> {
          if (node.opt("description") instanceof String d) {
            out.add(d);
          }
        });
    return out;
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }

  private static List<String> shingles(String text, int size) {
    String[] words = normalise(text).split(" ");
    List<String> out = new ArrayList<>();
    for (int i = 0; i + size <= words.length; i++) {
      out.add(String.join(" ", List.of(words).subList(i, i + size)));
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }
}
