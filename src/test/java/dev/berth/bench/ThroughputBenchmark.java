package dev.berth.bench;

import dev.berth.api.LintSettings;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * In-process throughput over a corpus of Dockerfiles (default {@code
 * ../shared/corpus/dockerfiles}): one operation parses, or parses and lints with every default rule
 * but ShellCheck, every file once. Bytes per second is the corpus size divided by the time per
 * operation; {@code bin/bench jmh} prints both. Run it with {@code bin/bench jmh}, not with the
 * unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThroughputBenchmark {
  @Param("../shared/corpus/dockerfiles")
  public String corpus;

  private final List<SourceText> files = new ArrayList<>();
  private Linter linter;

  @Setup
  public void read() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of(corpus))) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        files.add(SourceText.of(p.toString(), Files.readAllBytes(p)));
      }
    }
    long bytes = files.stream().mapToLong(SourceText::length).sum();
    System.out.printf("%n[bench] %d files, %d bytes%n", files.size(), bytes);
    linter =
        new Linter(
            BuiltinRules.all().stream().filter(r -> !r.meta().id().equals("ShellCheck")).toList(),
            RulePolicy.DEFAULTS,
            LintSettings.DEFAULTS);
  }

  @Benchmark
  public void parse(Blackhole bh) {
    for (SourceText f : files) {
      bh.consume(DockerfileParsing.parse(f));
    }
  }

  @Benchmark
  public void lint(Blackhole bh) {
    for (SourceText f : files) {
      bh.consume(linter.lintDockerfile(f));
    }
  }
}
