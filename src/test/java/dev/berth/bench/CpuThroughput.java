package dev.berth.bench;

import dev.berth.api.LintSettings;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * In-process Dockerfile parse and lint throughput measured in CPU time of the measuring thread, not
 * wall time, so that it stays readable on a machine shared with other work (run by hand, not a
 * test). Prints the median of the measured passes in MB per CPU second. The default of 100 passes
 * (after 50 unmeasured ones) measures the steady state: with 10 or 20, the median still includes
 * the JIT compiling the hot methods.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *   -Dmdep.includeScope=test
 * CP=target/classes:target/test-classes:$(cat target/cp.txt)
 * java -cp $CP dev.berth.bench.CpuThroughput ../shared/corpus/dockerfiles [parse|lint] [passes]
 * java -cp $CP dev.berth.bench.CpuThroughput ../shared/corpus/dockerfiles rules
 * </pre>
 *
 * <p>{@code rules} prints what each Dockerfile rule costs alone ({@link DockerfileRuleCost}).
 */
public final class CpuThroughput {
  private CpuThroughput() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dockerfiles");
    String what = args.length > 1 ? args[1] : "parse";
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    List<SourceText> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        files.add(SourceText.of(p.toString(), Files.readAllBytes(p)));
      }
    }
    if (what.equals("rules")) {
      DockerfileRuleCost.print(files);
      return;
    }
    long bytes = files.stream().mapToLong(SourceText::length).sum();
    Linter linter =
        new Linter(
            BuiltinRules.all().stream().filter(r -> !r.meta().id().equals("ShellCheck")).toList(),
            RulePolicy.DEFAULTS,
            LintSettings.DEFAULTS);
    Consumer<SourceText> work =
        what.equals("lint") ? linter::lintDockerfile : f -> DockerfileParsing.parse(f);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < Math.max(3, passes / 2); i++) {
      files.forEach(work);
    }
    double[] mbPerCpuSecond = new double[passes];
    for (int i = 0; i < passes; i++) {
      long t0 = mx.getCurrentThreadCpuTime();
      files.forEach(work);
      mbPerCpuSecond[i] = bytes / 1e6 / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
    }
    Arrays.sort(mbPerCpuSecond);
    System.out.printf(
        Locale.ROOT,
        "%s: %d files, %.2f MB: median %.1f MB per CPU second (min %.1f, max %.1f)%n",
        what,
        files.size(),
        bytes / 1e6,
        mbPerCpuSecond[passes / 2],
        mbPerCpuSecond[0],
        mbPerCpuSecond[passes - 1]);
  }
}
