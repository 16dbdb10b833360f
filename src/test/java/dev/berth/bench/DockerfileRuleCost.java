package dev.berth.bench;

import dev.berth.api.DockerfileRule;
import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each Dockerfile rule costs alone, over parsed files: the bytes one pass allocates and the
 * CPU time it takes on the measuring thread (run by {@code bin/bench cpu rules}, not a test). A
 * rule alone also pays for the models it asks for (the shell model, the stage environment), which a
 * full lint builds once per file for every rule; the first line is the full lint, the others are
 * sorted by bytes, most first. ShellCheck, which runs another program, is left out.
 */
final class DockerfileRuleCost {
  private static final int WARM_UP = 2;
  private static final int PASSES = 3;

  private DockerfileRuleCost() {}

  static void print(List<SourceText> files) {
    List<Rule> rules = new ArrayList<>();
    for (Rule r : BuiltinRules.all()) {
      if (r instanceof DockerfileRule
          && RulePolicy.DEFAULTS.runs(r.meta())
          && !r.meta().id().equals("ShellCheck")) {
        rules.add(r);
      }
    }
    Linter all = linter(rules);
    List<Dockerfile> models = new ArrayList<>();
    for (SourceText f : files) {
      models.add(all.parseDockerfile(f));
    }
    List<String> lines = new ArrayList<>();
    for (Rule r : rules) {
      lines.add(cost(linter(List.of(r)), models, r.meta().id()));
    }
    lines.sort((a, b) -> Double.compare(bytes(b), bytes(a)));
    System.out.println(cost(all, models, "all of them (one full lint)"));
    lines.forEach(System.out::println);
  }

  private static Linter linter(List<Rule> rules) {
    return new Linter(rules, RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
  }

  /** One line: megabytes and CPU milliseconds per pass over the models, and the name. */
  private static String cost(Linter linter, List<Dockerfile> models, String name) {
    var threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < WARM_UP; i++) {
      models.forEach(linter::lintDockerfile);
    }
    long bytes = threads.getCurrentThreadAllocatedBytes();
    long cpu = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < PASSES; i++) {
      models.forEach(linter::lintDockerfile);
    }
    return String.format(
        Locale.ROOT,
        "%9.1f MB %8.1f ms  %s",
        (threads.getCurrentThreadAllocatedBytes() - bytes) / 1e6 / PASSES,
        (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / PASSES,
        name);
  }

  private static double bytes(String line) {
    return Double.parseDouble(line.trim().split(" +")[0]);
  }
}
