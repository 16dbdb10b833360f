package dev.berth.cli;

import dev.berth.api.LintSettings;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.schema.ComposeSchema;
import dev.berth.compose.schema.ComposeSchemaValidation;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.engine.FileDiscovery;
import dev.berth.engine.FileType;
import dev.berth.engine.LintTarget;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.engine.UsageException;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code berth bench}: throughput of parsing and linting over a set of files, measured in one
 * process after warm-up passes (files are read into memory first, so disk speed does not count).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "Measure parse and lint throughput (MB/s, files/s) over the Dockerfiles and compose files "
            + "under the given paths.")
public final class BenchCommand implements Callable<Integer> {
  @ParentCommand BerthCommand parent;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--warmup", defaultValue = "3", description = "Passes run before measuring.")
  int warmup;

  @Option(names = "--passes", defaultValue = "5", description = "Measured passes.")
  int passes;

  @Override
  public Integer call() throws IOException, UsageException {
    Writer out = parent.io.out();
    // First, before anything else uses it: the cost of building the compose schema in this process.
    long s0 = System.nanoTime();
    boolean schema = ComposeSchema.bundled().isPresent();
    long schemaNanos = System.nanoTime() - s0;
    FileDiscovery discovery =
        new FileDiscovery(Optional.empty(), List.of(), parent.io.workingDirectory());
    List<SourceText> dockerfiles = new ArrayList<>();
    List<SourceText> composeFiles = new ArrayList<>();
    long dockerBytes = 0;
    long composeBytes = 0;
    for (LintTarget t : discovery.discover(paths, null)) {
      if (t.path().isEmpty()) {
        continue;
      }
      byte[] b = Files.readAllBytes(t.path().get());
      if (t.type() == FileType.DOCKERFILE) {
        dockerfiles.add(SourceText.of(t.displayName(), b));
        dockerBytes += b.length;
      } else {
        composeFiles.add(SourceText.of(t.displayName(), b));
        composeBytes += b.length;
      }
    }
    if (dockerfiles.isEmpty() && composeFiles.isEmpty()) {
      throw new UsageException("no Dockerfiles or compose files found under " + paths);
    }
    out.write(
        String.format(
            Locale.ROOT,
            "compose schema built in %.0f ms (first use in this process)%s%n",
            schemaNanos / 1e6,
            schema ? "" : " -- no schema found"));
    out.write(
        String.format(
            Locale.ROOT,
            "%d Dockerfiles (%.2f MB), %d compose files (%.2f MB); %d warm-up passes of each, "
                + "then %d measured passes%n",
            dockerfiles.size(),
            dockerBytes / 1e6,
            composeFiles.size(),
            composeBytes / 1e6,
            warmup,
            passes));
    Linter linter = new Linter(BuiltinRules.all(), RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
    ComposeLoadOptions options = ComposeLoadOptions.defaults().withEnvironment(java.util.Map.of());
    java.util.function.Consumer<SourceText> parse = x -> DockerfileParsing.parse(x);
    java.util.function.Consumer<SourceText> lint = linter::lintDockerfile;
    java.util.function.Consumer<SourceText> load =
        x -> ComposeSchemaValidation.validate(ComposeLoading.load(x, options));
    java.util.function.Consumer<SourceText> lintCompose = x -> linter.lintCompose(x, options);
    for (int i = 0; i < warmup; i++) {
      dockerfiles.forEach(parse);
      dockerfiles.forEach(lint);
      composeFiles.forEach(load);
      composeFiles.forEach(lintCompose);
    }
    if (!dockerfiles.isEmpty()) {
      report(
          out,
          "Dockerfile parse      ",
          measure(dockerfiles, parse),
          dockerfiles.size(),
          dockerBytes);
      report(
          out,
          "Dockerfile lint       ",
          measure(dockerfiles, lint),
          dockerfiles.size(),
          dockerBytes);
    }
    if (!composeFiles.isEmpty()) {
      report(
          out,
          "compose load+validate ",
          measure(composeFiles, load),
          composeFiles.size(),
          composeBytes);
      report(
          out,
          "compose lint          ",
          measure(composeFiles, lintCompose),
          composeFiles.size(),
          composeBytes);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private long[] measure(List<SourceText> files, java.util.function.Consumer<SourceText> work) {
    long[] nanos = new long[passes];
    for (int i = 0; i < passes; i++) {
      long t0 = System.nanoTime();
      files.forEach(work);
      nanos[i] = System.nanoTime() - t0;
    }
    return nanos;
  }

  private static void report(Writer out, String what, long[] nanos, int files, long bytes)
      throws IOException {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2] / 1e9;
    double best = sorted[0] / 1e9;
    out.write(
        String.format(
            Locale.ROOT,
            "%s: median %.3f s per pass = %.1f MB/s, %.0f files/s (best pass %.1f MB/s, %.0f "
                + "files/s)%n",
            what,
            median,
            bytes / 1e6 / median,
            files / median,
            bytes / 1e6 / best,
            files / best));
  }
}
