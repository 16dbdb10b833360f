package dev.berth.compose.schema;

import dev.berth.SharedData;
import dev.berth.compose.schema.ComposeMutator.Mutant;
import dev.berth.compose.schema.SchemaExamples.Example;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.json.JSONObject;

/**
 * Test support: what the differential tests judge, loaded once per JVM. The real compose files of
 * {@code ../shared/corpus/compose}, berth's seed fixtures and examples, and their seeded mutants.
 * {@link #get()} skips the calling test when {@code ../shared} is absent.
 */
record DifferentialInputs(
    JSONObject upstreamJson,
    List<Case> corpus,
    List<Case> seeds,
    int corpusFiles,
    int emptyFiles,
    Map<String, String> unloadable) {

  /** Changing the seed changes every mutant; keep it fixed so failures reproduce. */
  static final long SEED = 0x5EED_C0DEL;

  static final List<String> SEED_FIXTURES = List.of("every-attribute.yaml", "quirks.yaml");
  static final int MUTANTS_PER_CORPUS_DOCUMENT = 5;

  /** One document to judge: where it came from, the value, and the mutant it is (if any). */
  record Case(String source, Object document, Mutant mutant) {
    boolean fromCorpus() {
      return !source.startsWith("seed ") && !source.startsWith("example ");
    }

    String describe() {
      String what =
          mutant == null
              ? source
              : source
                  + " "
                  + mutant.kind()
                  + " at "
                  + mutant.pointer()
                  + " ("
                  + mutant.description()
                  + ")";
      return printable(what);
    }

    /** Control characters (a key "web\n") spelled out, so that each case stays on one line. */
    private static String printable(String text) {
      StringBuilder out = new StringBuilder();
      for (char c : text.toCharArray()) {
        out.append(
            c < 0x20 || c == 0x7f
                ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                : String.valueOf(c));
      }
      return out.toString();
    }
  }

  private static DifferentialInputs loaded;

  static synchronized DifferentialInputs get() {
    Path reference = SharedData.require(ComposeSchemas.UPSTREAM_RELATIVE);
    Path corpusRoot = SharedData.require("corpus/compose");
    if (loaded == null) {
      try {
        loaded = load(reference, corpusRoot);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return loaded;
  }

  private static DifferentialInputs load(Path reference, Path corpusRoot) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpusRoot)) {
      files = walk.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
    }
    Map<String, String> unloadable = new TreeMap<>();
    int empty = 0;
    List<Case> corpus = new ArrayList<>();
    for (Path file : files) {
      String name = corpusRoot.relativize(file).toString().replace('\\', '/');
      List<Object> documents;
      try {
        documents = YamlJson.documents(Files.readString(file));
      } catch (YamlJson.Unloadable e) {
        unloadable.put(name, e.getMessage());
        continue;
      }
      if (documents.isEmpty()) {
        empty++;
      }
      for (int i = 0; i < documents.size(); i++) {
        corpus.add(new Case(documents.size() == 1 ? name : name + "#" + i, documents.get(i), null));
      }
    }

    List<Case> seeds = new ArrayList<>();
    for (Example example : SchemaExamples.all()) {
      seeds.add(
          new Case(
              "example '" + example.name() + "'", single(example.yaml(), example.name()), null));
    }

    for (String fixture : SEED_FIXTURES) {
      List<Object> documents;
      try {
        documents = YamlJson.documents(fixtureText(fixture));
      } catch (YamlJson.Unloadable e) {
        throw new IllegalStateException(fixture, e);
      }
      for (int i = 0; i < documents.size(); i++) {
        seeds.add(new Case("seed " + fixture + "#" + i, documents.get(i), null));
      }
    }
    return new DifferentialInputs(
        ComposeSchemas.upstreamJson(reference),
        Collections.unmodifiableList(corpus),
        Collections.unmodifiableList(seeds),
        files.size(),
        empty,
        Collections.unmodifiableMap(unloadable));
  }

  /**
   * The mutants, made afresh on each call (they are too many to keep): every mutation of every node
   * of the examples and seed fixtures, then {@value #MUTANTS_PER_CORPUS_DOCUMENT} random ones per
   * corpus document. Always the same ones, in the same order.
   */
  Stream<Case> mutants() {
    Stream<Case> sampled =
        corpus.stream()
            .flatMap(
                input ->
                    mutator(input).mutants(input.document(), MUTANTS_PER_CORPUS_DOCUMENT).stream()
                        .map(m -> new Case(input.source(), m.document(), m)));
    Stream<Case> exhaustive =
        seeds.stream()
            .flatMap(
                input ->
                    mutator(input)
                        .everyMutant(input.document())
                        .map(m -> new Case(input.source(), m.document(), m)));
    return Stream.concat(exhaustive, sampled);
  }

  private static ComposeMutator mutator(Case input) {
    return new ComposeMutator(ComposeMutator.seedFor(SEED, input.source()));
  }

  static String fixtureText(String fixture) {
    try (InputStream in =
        DifferentialInputs.class.getResourceAsStream("/compose-schema/" + fixture)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /compose-schema/" + fixture);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object single(String yaml, String what) {
    try {
      List<Object> documents = YamlJson.documents(yaml);
      if (documents.size() != 1) {
        throw new IllegalStateException(what + ": expected one document, got " + documents.size());
      }
      return documents.get(0);
    } catch (YamlJson.Unloadable e) {
      throw new IllegalStateException(what, e);
    }
  }
}
