package dev.berth.compose;

import dev.berth.api.ComposeRule;
import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.schema.ComposeSchemaValidation;
import dev.berth.core.SourceText;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * How compose linting grows with the size of a file, run by hand (not a test): lints generated
 * files of N and 10N services, each service on two networks of its own with a named volume, a
 * secret, a config, a published port, a container name and a dependency on the previous service,
 * and prints the time per file, the bytes allocated per file and the ratios. Linear rules give
 * ratios near 10. {@code bin/bench compose [N [lint|rules]]} runs it as below, with the launcher's
 * JVM options, which it needs: under the JVM's default G1 collector the time of the large file's
 * lint grows by 15x and more, because each collection copies and scans more of the large file's
 * model, while the bytes allocated still grow by 10x; with the serial collector and the young
 * generation the JVM sizes itself (128 MB or more), the rules alone grow by 25-33x, and with the
 * launcher's 64 MB by 13-16x.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP=target/classes:target/test-classes:$(cat target/cp.txt)
 * OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss8m -Xmn64m"
 * java $OPTS -cp $CP dev.berth.compose.ComposeScaleBenchmark 500        # all compose rules
 * java $OPTS -cp $CP dev.berth.compose.ComposeScaleBenchmark 500 lint   # without load, schema
 * java $OPTS -cp $CP dev.berth.compose.ComposeScaleBenchmark 5000 rules  # bytes of each rule
 * </pre>
 *
 * <p>The {@code rules} mode lints the loaded file of N services with each compose rule alone and
 * prints the bytes each lint allocates, most first: a rule that reads the typed model pays for
 * building it (the floor most rules share), and what a rule allocates beyond that floor is its own.
 */
public final class ComposeScaleBenchmark {
  private ComposeScaleBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    if (args.length > 1 && args[1].equals("rules")) {
      printBytesPerRule(n);
      return;
    }
    boolean lintOnly = args.length > 1 && args[1].equals("lint");
    ComposeLoadOptions options =
        ComposeLoadOptions.defaults().withEnvironment(Map.of()).withMaxNodes(50_000_000);
    List<Rule> rules = BuiltinRules.all();
    Linter linter = new Linter(rules, RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
    SourceText small = SourceText.of("compose.yaml", generate(n));
    SourceText large = SourceText.of("compose.yaml", generate(10 * n));
    var smallFile =
        dev.berth.compose.schema.ComposeSchemaValidation.validate(
            dev.berth.compose.parser.ComposeLoading.load(small, options));
    var largeFile =
        dev.berth.compose.schema.ComposeSchemaValidation.validate(
            dev.berth.compose.parser.ComposeLoading.load(large, options));
    Runnable runSmall =
        lintOnly ? () -> linter.lintCompose(smallFile) : () -> linter.lintCompose(small, options);
    Runnable runLarge =
        lintOnly ? () -> linter.lintCompose(largeFile) : () -> linter.lintCompose(large, options);
    int findings =
        lintOnly ? linter.lintCompose(largeFile).size() : linter.lintCompose(large, options).size();
    for (int i = 0; i < 3; i++) {
      runSmall.run();
      runLarge.run();
    }
    double[] a = median(runSmall, 9);
    double[] b = median(runLarge, 9);
    double allocSmall = allocated(runSmall);
    double allocLarge = allocated(runLarge);
    System.out.printf(
        "%s: %d services %.1f ms (%.1f ms CPU of the thread, %.1f MB allocated), %d services"
            + " %.1f ms (%.1f ms, %.1f MB); ratio %.1f in time, %.1f in the thread's CPU, %.1f"
            + " in bytes (%d findings in the large file)%n",
        lintOnly ? "lint (loaded file)" : "load+validate+lint",
        n,
        a[0],
        a[1],
        allocSmall,
        10 * n,
        b[0],
        b[1],
        allocLarge,
        b[0] / a[0],
        b[1] / a[1],
        allocLarge / allocSmall,
        findings);
  }

  /** Median milliseconds of the passes: {@code [0]} elapsed, {@code [1]} this thread's CPU. */
  private static double[] median(Runnable r, int passes) {
    var threads = ManagementFactory.getThreadMXBean();
    double[] wall = new double[passes];
    double[] cpu = new double[passes];
    for (int i = 0; i < passes; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      r.run();
      wall[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    java.util.Arrays.sort(wall);
    java.util.Arrays.sort(cpu);
    return new double[] {wall[passes / 2], cpu[passes / 2]};
  }

  /** The megabytes one lint of a loaded file of {@code n} services allocates, per compose rule. */
  private static void printBytesPerRule(int n) {
    ComposeFile file =
        ComposeSchemaValidation.validate(
            ComposeLoading.load(
                SourceText.of("compose.yaml", generate(n)),
                ComposeLoadOptions.defaults().withEnvironment(Map.of()).withMaxNodes(50_000_000)));
    Map<String, Double> bytes = new java.util.HashMap<>();
    for (Rule rule : BuiltinRules.all()) {
      if (!(rule instanceof ComposeRule) || !RulePolicy.DEFAULTS.runs(rule.meta())) {
        continue;
      }
      Linter alone = new Linter(List.of(rule), RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
      Runnable lint = () -> alone.lintCompose(file);
      lint.run();
      lint.run();
      bytes.put(rule.meta().id(), allocated(lint));
    }
    bytes.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> System.out.printf("%9.3f MB  %s%n", e.getValue(), e.getKey()));
  }

  /** Megabytes the current thread allocates for one run. */
  private static double allocated(Runnable r) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    r.run();
    return (threads.getCurrentThreadAllocatedBytes() - before) / 1e6;
  }

  /** A compose file of {@code n} services that uses every kind of reference. */
  public static String generate(int n) {
    StringBuilder sb = new StringBuilder("services:\n");
    for (int i = 0; i < n; i++) {
      sb.append("  svc").append(i).append(":\n");
      sb.append("    image: example/svc:1.").append(i).append('\n');
      sb.append("    container_name: c").append(i).append('\n');
      sb.append("    networks: [net").append(i);
      sb.append(i > 0 ? ", net" + (i - 1) : "").append("]\n");
      sb.append("    ports: [\"").append(10000 + i).append(":80\"]\n");
      sb.append("    volumes: [\"vol").append(i).append(":/data\", \"./d").append(i);
      sb.append(":/src:ro\"]\n");
      sb.append("    secrets: [sec").append(i).append("]\n");
      sb.append("    configs: [conf").append(i).append("]\n");
      sb.append("    environment: [\"A=1\", \"B=2\"]\n");
      sb.append("    healthcheck:\n      test: [\"CMD\", \"true\"]\n");
      if (i > 0) {
        sb.append("    depends_on:\n      svc").append(i - 1).append(":\n");
        sb.append("        condition: service_healthy\n");
      }
    }
    for (String kind : List.of("networks", "volumes")) {
      sb.append(kind).append(":\n");
      String prefix = kind.equals("networks") ? "net" : "vol";
      for (int i = 0; i < n; i++) {
        sb.append("  ").append(prefix).append(i).append(": {}\n");
      }
    }
    sb.append("secrets:\n");
    for (int i = 0; i < n; i++) {
      sb.append("  sec").append(i).append(":\n    file: ./s").append(i).append('\n');
    }
    sb.append("configs:\n");
    for (int i = 0; i < n; i++) {
      sb.append("  conf").append(i).append(":\n    file: ./c").append(i).append('\n');
    }
    return sb.toString();
  }
}
