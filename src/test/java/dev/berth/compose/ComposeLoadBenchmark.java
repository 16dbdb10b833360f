package dev.berth.compose;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.schema.ComposeSchema;
import dev.berth.compose.schema.ComposeSchemaValidation;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measurements, run by hand (not a test):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP=target/classes:target/test-classes:$(cat target/cp.txt)
 * SPEC=../shared/reference/compose-spec-latest.json
 * java -cp $CP dev.berth.compose.ComposeLoadBenchmark cold-schema $SPEC
 * java -cp $CP dev.berth.compose.ComposeLoadBenchmark throughput ../shared/corpus/compose $SPEC
 * </pre>
 */
public final class ComposeLoadBenchmark {
  private ComposeLoadBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("cold-schema")) {
      coldSchema(Path.of(args[1]));
    } else if (args.length >= 3 && args[0].equals("throughput")) {
      throughput(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println("usage: cold-schema SCHEMA | throughput CORPUS_DIR SCHEMA");
    }
  }

  private static void coldSchema(Path schemaFile) throws IOException {
    long sinceStart =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    String json = Files.readString(schemaFile);
    long t0 = System.nanoTime();
    ComposeSchema schema = ComposeSchema.fromJson("upstream", json);
    long t1 = System.nanoTime();
    ComposeFile f =
        ComposeLoading.load(
            SourceText.of(
                "compose.yaml", "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"]\n"),
            ComposeLoadOptions.defaults());
    long t2 = System.nanoTime();
    ComposeSchemaValidation.validate(f, schema);
    long t3 = System.nanoTime();
    System.out.printf(
        "JVM start to main: %d ms; build schema: %.0f ms; load one small file: %.0f ms;"
            + " validate it: %.0f ms; JVM start to done: %d ms%n",
        sinceStart,
        (t1 - t0) / 1e6,
        (t2 - t1) / 1e6,
        (t3 - t2) / 1e6,
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
  }

  private static void throughput(Path corpus, Path schemaFile) throws IOException {
    List<SourceText> sources = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".yml") || n.endsWith(".yaml")) {
          byte[] b = Files.readAllBytes(p);
          bytes += b.length;
          sources.add(SourceText.of(p.toString(), b));
        }
      }
    }
    ComposeSchema schema = ComposeSchema.fromJson("upstream", Files.readString(schemaFile));
    System.out.printf("%d files, %.1f MB%n", sources.size(), bytes / 1e6);
    for (int round = 1; round <= 20; round++) {
      long t0 = System.nanoTime();
      List<ComposeFile> loaded = new ArrayList<>(sources.size());
      for (SourceText source : sources) {
        loaded.add(ComposeLoading.load(source, ComposeLoadOptions.defaults()));
      }
      long t1 = System.nanoTime();
      for (ComposeFile f : loaded) {
        ComposeSchemaValidation.validate(f, schema);
      }
      long t2 = System.nanoTime();
      if (round > 3 && round % 4 != 0) {
        continue;
      }
      System.out.printf(
          "round %d: load %.0f ms (%.0f files/s, %.1f MB/s), validate %.0f ms (%.0f files/s)%n",
          round,
          (t1 - t0) / 1e6,
          sources.size() / ((t1 - t0) / 1e9),
          bytes / 1e6 / ((t1 - t0) / 1e9),
          (t2 - t1) / 1e6,
          sources.size() / ((t2 - t1) / 1e9));
    }
  }
}
