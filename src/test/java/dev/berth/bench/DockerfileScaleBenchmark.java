package dev.berth.bench;

import dev.berth.api.LintSettings;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How Dockerfile parsing and linting grow with the size of a file, run by hand (not a test): parses
 * and lints (every default rule but ShellCheck) generated Dockerfiles of about N and 10N bytes and
 * prints the CPU time of each and the ratio. Linear work gives a ratio near 10. The generated file
 * repeats a block of stages with ARGs, ENVs, LABELs, RUNs with continuations and package installs,
 * COPY --from, a heredoc, HEALTHCHECK and USER, so every rule has something to read; with {@code
 * flat}, every block after the first is in the first stage.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *   -Dmdep.includeScope=test
 * CP=target/classes:target/test-classes:$(cat target/cp.txt)
 * java -Xss8m -cp $CP dev.berth.bench.DockerfileScaleBenchmark 1000000         # parse and lint
 * java -Xss8m -cp $CP dev.berth.bench.DockerfileScaleBenchmark 1000000 parse   # parse only
 * java -Xss8m -cp $CP dev.berth.bench.DockerfileScaleBenchmark 1000000 lint flat  # one stage
 * </pre>
 */
public final class DockerfileScaleBenchmark {
  private DockerfileScaleBenchmark() {}

  public static void main(String[] args) {
    int bytes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    boolean parseOnly = args.length > 1 && args[1].equals("parse");
    boolean flat = args.length > 2 && args[2].equals("flat");
    LintSettings settings =
        LintSettings.DEFAULTS.withLimits(
            LintSettings.DEFAULT_MAX_HEREDOC_BYTES,
            LintSettings.DEFAULT_MAX_EXPANSION_BYTES,
            Integer.MAX_VALUE);
    Linter linter =
        new Linter(
            BuiltinRules.all().stream().filter(r -> !r.meta().id().equals("ShellCheck")).toList(),
            RulePolicy.DEFAULTS,
            settings);
    SourceText small = SourceText.of("Dockerfile", generate(bytes, flat));
    SourceText large = SourceText.of("Dockerfile", generate(10 * bytes, flat));
    Consumer<SourceText> work =
        parseOnly ? f -> DockerfileParsing.parse(f, Integer.MAX_VALUE) : linter::lintDockerfile;
    work.accept(small);
    work.accept(small);
    work.accept(large);
    double a = cpuMillis(work, small, 5);
    double b = cpuMillis(work, large, 3);
    System.out.printf(
        Locale.ROOT,
        "%s: %.1f MB %.0f ms, %.1f MB %.0f ms (CPU), ratio %.1f%n",
        parseOnly ? "parse" : "parse+lint",
        small.length() / 1e6,
        a,
        large.length() / 1e6,
        b,
        b / a);
  }

  /** The least CPU time of the current thread, in milliseconds, that a pass over a file took. */
  private static double cpuMillis(Consumer<SourceText> work, SourceText file, int passes) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < passes; i++) {
      long t0 = mx.getCurrentThreadCpuTime();
      work.accept(file);
      least = Math.min(least, mx.getCurrentThreadCpuTime() - t0);
    }
    return least / 1e6;
  }

  /**
   * A Dockerfile of about {@code bytes} bytes, made of repeated blocks of two stages, or of one
   * stage when {@code flat}.
   */
  public static String generate(int bytes, boolean flat) {
    StringBuilder sb = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=debian:12\n");
    for (int i = 0; sb.length() < bytes; i++) {
      if (!flat || i == 0) {
        sb.append("FROM ${BASE} AS build").append(i).append('\n');
      }
      sb.append("ARG VERSION").append(i).append("=1.").append(i).append('\n');
      sb.append("ENV APP_HOME=/opt/app").append(i).append(" PATH=/opt/app/bin:$PATH\n");
      sb.append("LABEL org.opencontainers.image.version=\"1.").append(i).append("\"\n");
      sb.append("WORKDIR /src\n");
      sb.append("RUN apt-get update && \\\n");
      sb.append("    apt-get install -y --no-install-recommends curl=7.88 ca-certificates \\\n");
      sb.append("    && rm -rf /var/lib/apt/lists/* \\\n");
      sb.append("    && curl -fsSL https://example.com/x").append(i).append(" | sh\n");
      sb.append("COPY --chown=1000:1000 src/ /src/\n");
      sb.append("RUN pip install --no-cache-dir requests==2.31.0 && make build").append(i);
      sb.append('\n');
      sb.append("RUN <<EOF\nset -e\necho building ").append(i).append("\nEOF\n");
      if (!flat) {
        sb.append("FROM ${BASE} AS run").append(i).append('\n');
      }
      sb.append("COPY --from=build").append(i).append(" /src/out /app\n");
      sb.append("EXPOSE 80").append(i % 10).append('\n');
      sb.append("HEALTHCHECK CMD curl -f http://localhost/ || exit 1\n");
      sb.append("USER 1000\n");
      sb.append("CMD [\"/app/run\", \"--port\", \"80\"]\n");
    }
    return sb.toString();
  }
}
