package dev.berth.engine;

import dev.berth.api.Family;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.Project;
import dev.berth.compose.parser.ComposeEnvironment;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.parser.DotEnvFile;
import dev.berth.compose.project.ComposeProject;
import dev.berth.compose.project.ParsedDockerfiles;
import dev.berth.compose.project.ProjectLoader;
import dev.berth.compose.project.ProjectService;
import dev.berth.compose.project.ProjectSettings;
import dev.berth.compose.project.ServiceBuild;
import dev.berth.compose.schema.ComposeSchemaValidation;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.engine.fix.AtomicFileWriter;
import dev.berth.engine.fix.ComposeRelinter;
import dev.berth.engine.fix.DockerfileRelinter;
import dev.berth.engine.fix.FixResult;
import dev.berth.engine.fix.Fixer;
import dev.berth.engine.fix.Relinter;
import dev.berth.engine.fix.UnifiedDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads and lints a list of targets, in parallel when asked, and returns their results in target
 * order, so that output is the same whatever the number of jobs.
 */
public final class LintRunner {
  /** Default size limit: larger files get one finding and are not read. */
  public static final long DEFAULT_MAX_FILE_SIZE = Limits.DEFAULT_MAX_FILE_SIZE;

  /** What to do with the fixes of fixable findings. */
  public enum FixMode {
    /** Report findings, fixes included, and change nothing. */
    NONE,
    /** Apply safe fixes to the files, then report what remains. */
    APPLY,
    /** Compute the fixes and return them as unified diffs; change nothing. */
    DRY_RUN
  }

  /**
   * How many files may be linted ahead of the first one whose findings are not complete (its
   * ShellCheck still running): enough to keep ShellCheck busy with large batches, few enough to
   * bound memory (a waiting file keeps its model and findings, not its shell model: about 25 KB a
   * corpus file).
   */
  private static final int AHEAD = 1024;

  private final Function<LintTarget, Linter> linters;
  private Limits limits;
  private final int jobs;
  private FixMode fixMode = FixMode.NONE;
  private ComposeSettings compose = ComposeSettings.NONE;
  private Path workingDirectory = Path.of("").toAbsolutePath();

  /** The .env files already reported in this run, so that a shared one is reported once. */
  private final Set<Path> reportedEnvFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Set<String> parseErrorRuleIds = Set.of();

  /** The files linted as targets, so that --follow-builds lints only the others. */
  private Set<Path> targetPaths = Set.of();

  /**
   * The compose targets another target includes, when worked out before the lint: they are checked
   * as part of that project, with its folders, not as projects of their own.
   */
  private Set<Path> includedBefore = Set.of();

  /**
   * The same, when worked out beside the first files' lint; else null (a one-file run does not load
   * CompletableFuture, whose initialisation starts the common fork-join pool's set-up).
   */
  private java.util.concurrent.CompletableFuture<Set<Path>> includedBeside;

  /** The Dockerfiles the services of this run's projects build, each parsed once. */
  private final ParsedDockerfiles parsedDockerfiles = ParsedDockerfiles.create();

  /**
   * The bytes of compose targets that the look for includes read ({@link #included}), which their
   * lint takes instead of reading the file again; keyed by absolute, normalised path. At most
   * {@link #MAX_SCANNED_BYTES} bytes are kept.
   */
  private final Map<Path, byte[]> scanned = new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.concurrent.atomic.AtomicLong scannedBytes =
      new java.util.concurrent.atomic.AtomicLong();

  static final long MAX_SCANNED_BYTES = 16L << 20;

  /** The Dockerfiles --follow-builds already linted in this run. */
  private final Set<Path> followed = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** A runner that lints every target with the same linter. */
  public LintRunner(Linter linter, long maxFileSize, int jobs) {
    this(t -> linter, maxFileSize, jobs);
  }

  /** A runner that asks, per target, which linter (configuration) applies. */
  public LintRunner(Function<LintTarget, Linter> linters, long maxFileSize, int jobs) {
    this.linters = linters;
    this.limits = Limits.DEFAULTS.withMaxFileSize(maxFileSize);
    this.jobs = Math.max(1, jobs);
  }

  /** The folder report names are relative to (for files found through a compose file). */
  public LintRunner withWorkingDirectory(Path dir) {
    this.workingDirectory = dir.toAbsolutePath().normalize();
    return this;
  }

  /** The limits every file is linted under (the file size limit included). */
  public LintRunner withLimits(Limits limits) {
    this.limits = limits;
    return this;
  }

  /** Where compose files take their interpolation variables from. */
  public LintRunner withCompose(ComposeSettings settings) {
    this.compose = settings;
    return this;
  }

  /** Fix files while linting them; {@code parseErrorRuleIds} tell a fix that breaks a file. */
  public LintRunner fixing(FixMode mode, Set<String> parseErrorRuleIds) {
    this.fixMode = mode;
    this.parseErrorRuleIds = Set.copyOf(parseErrorRuleIds);
    return this;
  }

  /**
   * What a run produced: one result per readable target, an error line per unreadable one (or per
   * file a fix could not be written to), the unified diffs of a dry run, and a line per file whose
   * fixes were dropped because they would have broken it (a berth bug).
   */
  public record Outcome(
      List<FileResult> results,
      List<String> errors,
      List<String> diffs,
      List<String> brokenFixes) {}

  private record One(
      Optional<FileResult> result,
      Optional<String> error,
      Optional<String> diff,
      Optional<String> broken,
      Optional<FileResult> extra,
      List<Finding> elsewhere,
      Map<String, SourceText> elsewhereSources) {
    One(Optional<FileResult> result, Optional<String> error) {
      this(
          result, error, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of());
    }

    One(
        Optional<FileResult> result,
        Optional<String> error,
        Optional<String> diff,
        Optional<String> broken) {
      this(result, error, diff, broken, Optional.empty(), List.of(), Map.of());
    }
  }

  private static <T> void addPresent(Optional<T> value, List<T> to) {
    if (value.isPresent()) {
      to.add(value.get());
    }
  }

  public Outcome run(List<LintTarget> targets, InputStream stdin) {
    Set<Path> paths = new java.util.HashSet<>();
    for (LintTarget t : targets) {
      if (t.path().isPresent()) {
        paths.add(t.path().get().toAbsolutePath().normalize());
      }
    }
    targetPaths = Set.copyOf(paths);
    List<One> ones = new ArrayList<>(targets.size());
    if (jobs == 1 || targets.size() < 2) {
      includedBefore = included(targets);
      List<Pending<One>> started = new ArrayList<>(targets.size());
      try {
        for (int i = 0; i < targets.size(); i++) {
          while (started.size() < Math.min(targets.size(), i + AHEAD)) {
            if (Thread.currentThread().isInterrupted()) {
              throw new IllegalStateException("interrupted"); // as a pool's run stops
            }
            started.add(lintOne(targets.get(started.size()), stdin));
          }
          ones.add(started.get(i).get());
          started.set(i, null); // the file's model is garbage from here on
        }
      } catch (RuntimeException | Error e) {
        cancel(started);
        throw e;
      }
    } else {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              Math.min(jobs, targets.size()),
              r -> {
                Thread th = new Thread(r, "berth-lint");
                th.setDaemon(true);
                return th;
              });
      List<Future<Pending<One>>> futures = new ArrayList<>();
      boolean complete = false;
      try {
        includedBeside =
            java.util.concurrent.CompletableFuture.supplyAsync(() -> included(targets), pool);
        for (int i = 0; i < targets.size(); i++) {
          while (futures.size() < Math.min(targets.size(), i + AHEAD)) {
            LintTarget t = targets.get(futures.size());
            futures.add(pool.submit(() -> lintOne(t, stdin)));
          }
          ones.add(futures.get(i).get().get());
          futures.set(i, null); // the file's model is garbage from here on
        }
        complete = true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      } finally {
        pool.shutdownNow();
        if (!complete) {
          cancelStarted(pool, futures);
        }
      }
    }
    List<FileResult> results = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> diffs = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    Map<String, List<Finding>> elsewhere = new java.util.TreeMap<>();
    Map<String, SourceText> elsewhereSources = new java.util.HashMap<>();
    // plain ifs, not ifPresent with method references: each costs a cold JVM a bootstrap
    for (One o : ones) {
      addPresent(o.result(), results);
      addPresent(o.extra(), results);
      addPresent(o.error(), errors);
      addPresent(o.diff(), diffs);
      addPresent(o.broken(), broken);
      for (Finding f : o.elsewhere()) {
        List<Finding> list = elsewhere.get(f.file());
        if (list == null) {
          list = new ArrayList<>();
          elsewhere.put(f.file(), list);
        }
        list.add(f);
      }
      elsewhereSources.putAll(o.elsewhereSources());
    }
    mergeElsewhere(results, elsewhere, elsewhereSources);
    if (results.size() > 1) {
      results.sort(java.util.Comparator.comparing(FileResult::file));
    }
    return new Outcome(results, errors, diffs, broken);
  }

  /**
   * Calls off the files linted and not taken when a run stops early (a served run whose client went
   * away): their ShellCheck work that has not begun is dropped.
   */
  private static void cancel(List<Pending<One>> started) {
    for (Pending<One> p : started) {
      if (p != null) {
        try {
          p.cancel();
        } catch (RuntimeException e) {
          // the run is over either way
        }
      }
    }
  }

  /**
   * The same for a pool's run: waits a moment for the files being linted to be handed in (their
   * threads were interrupted), then calls off every file linted and not taken.
   */
  private static void cancelStarted(ExecutorService pool, List<Future<Pending<One>>> futures) {
    boolean interrupted = Thread.interrupted();
    try {
      pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    List<Pending<One>> started = new ArrayList<>();
    for (Future<Pending<One>> f : futures) {
      if (f != null && f.isDone() && !f.isCancelled()) {
        try {
          started.add(f.get());
        } catch (ExecutionException | InterruptedException | RuntimeException e) {
          // nothing was started for that file
        }
      }
    }
    cancel(started);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Lints one target; {@link Pending#get} completes it (a Dockerfile's ShellCheck may still be
   * running: see {@link Linter#startDockerfile}).
   */
  private Pending<One> lintOne(LintTarget target, InputStream stdin) {
    Linter linter = linters.apply(target);
    long maxFileSize = limits.maxFileSize();
    byte[] bytes;
    try {
      if (target.isStdin()) {
        bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
        if (bytes.length > maxFileSize) {
          return done(
              new One(Optional.of(tooLarge(linter, target, bytes.length)), Optional.empty()));
        }
      } else if ((bytes = takeScanned(target)) != null) {
        // read by the look for includes, and no longer than maxFileSize: as read here
      } else {
        Path p = target.path().get();
        long size = Files.size(p);
        if (size > maxFileSize) {
          return done(new One(Optional.of(tooLarge(linter, target, size)), Optional.empty()));
        }
        bytes = readAtMost(p, maxFileSize + 1);
        if (bytes.length > maxFileSize) {
          return done(
              new One(Optional.of(tooLarge(linter, target, bytes.length)), Optional.empty()));
        }
      }
    } catch (NoSuchFileException e) {
      return done(new One(Optional.empty(), Optional.of(target.displayName() + ": no such file")));
    } catch (AccessDeniedException e) {
      return done(
          new One(Optional.empty(), Optional.of(target.displayName() + ": permission denied")));
    } catch (IOException e) {
      return done(
          new One(
              Optional.empty(),
              Optional.of(target.displayName() + ": cannot read: " + e.getMessage())));
    }
    SourceText source = SourceText.of(target.displayName(), bytes);
    if (target.type() == FileType.DOCKERFILE) {
      BuildContext context =
          BuildContext.of(linter.settings().buildContext(), target.path(), limits.maxFileSize());
      if (fixMode != FixMode.NONE) {
        return done(
            fix(
                linter,
                target,
                bytes,
                DockerfileRelinter.of(
                    target.displayName(),
                    linter::parseDockerfile,
                    model -> linter.lintDockerfile(model, context),
                    parseErrorRuleIds)));
      }
      Pending<List<Finding>> findings =
          linter.startDockerfile(linter.parseDockerfile(source), context);
      return new Pending<>() {
        @Override
        public One get() {
          return new One(
              Optional.of(result(linter, target, source, findings.get())), Optional.empty());
        }

        @Override
        public void cancel() {
          findings.cancel();
        }
      };
    }
    return done(lintCompose(linter, target, source));
  }

  /** The bytes the look for includes read of a compose target, taken out; else null. */
  private byte[] takeScanned(LintTarget target) {
    if (target.type() != FileType.COMPOSE || scanned.isEmpty()) {
      return null;
    }
    return scanned.remove(target.path().get().toAbsolutePath().normalize());
  }

  private static Pending<One> done(One one) {
    return Pending.done(one);
  }

  /**
   * Reads a file, but no more than {@code max} bytes of it (a file may grow after its size was
   * read).
   */
  private static byte[] readAtMost(Path file, long max) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
    }
  }

  /** A file's result, its findings cut to the per-file limit. */
  private FileResult result(
      Linter linter, LintTarget target, SourceText source, List<Finding> findings) {
    return result(linter, target.displayName(), target.type(), source, findings);
  }

  private FileResult result(
      Linter linter, String name, FileType type, SourceText source, List<Finding> findings) {
    Family family = type == FileType.COMPOSE ? Family.COMPOSE : Family.DOCKERFILE;
    return new FileResult(
        name,
        Optional.of(source),
        linter.limitFindings(findings, limits.maxFindingsPerFile(), family));
  }

  /** Adds findings that project rules made in other files to those files' results. */
  private static void mergeElsewhere(
      List<FileResult> results,
      Map<String, List<Finding>> elsewhere,
      Map<String, SourceText> sources) {
    if (elsewhere.isEmpty()) {
      return;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      index.put(results.get(i).file(), i); // the last result of a name, as before
    }
    for (Map.Entry<String, List<Finding>> e : elsewhere.entrySet()) {
      Integer at = index.get(e.getKey());
      java.util.TreeSet<Finding> merged = new java.util.TreeSet<>(e.getValue());
      if (at != null) {
        merged.addAll(results.get(at).findings());
        results.set(at, new FileResult(e.getKey(), results.get(at).source(), List.copyOf(merged)));
      } else {
        index.put(e.getKey(), results.size());
        results.add(
            new FileResult(
                e.getKey(), Optional.ofNullable(sources.get(e.getKey())), List.copyOf(merged)));
      }
    }
  }

  private One lintCompose(Linter linter, LintTarget target, SourceText source) {
    Path project =
        compose
            .projectDirectory()
            .orElseGet(
                () ->
                    target
                        .path()
                        .map(p -> p.toAbsolutePath().getParent())
                        .orElse(Path.of("").toAbsolutePath()));
    // normalised as the project loader normalises it, which then reuses this environment
    Path envDirectory = project.toAbsolutePath().normalize();
    ComposeEnvironment env;
    try {
      env =
          ComposeEnvironment.discover(
              envDirectory, compose.envFile(), compose.processEnvironment(), limits.maxFileSize());
    } catch (IOException e) {
      String which =
          compose.envFile().map(Path::toString).orElse(project.resolve(".env").toString());
      return new One(
          Optional.empty(), Optional.of(which + ": cannot read the env file: " + e.getMessage()));
    }
    ComposeLoadOptions options = limits.applyTo(ComposeLoadOptions.defaults().withEnvironment(env));
    One main;
    Optional<ComposeFile> loaded = Optional.empty();
    Supplier<Project> model = null;
    if (fixMode != FixMode.NONE) {
      main =
          fix(
              linter,
              target,
              source.bytes(),
              ComposeRelinter.of(
                  target.displayName(), options, linter::lintCompose, parseErrorRuleIds));
    } else {
      loaded = Optional.of(ComposeLoading.load(source, options));
      ComposeFile file = ComposeSchemaValidation.validate(loaded.get());
      model = linter.composeModel(file);
      main =
          new One(
              Optional.of(result(linter, target, source, linter.lintCompose(file, model))),
              Optional.empty());
    }
    Optional<List<Path>> inputs = projectInputs(target, project);
    if (main.result().isPresent() && inputs.isPresent() && linter.hasProjectRules()) {
      main = withProject(linter, target, main, inputs.get(), loaded, model, envDirectory, env);
    }
    Optional<FileResult> envResult = Optional.empty();
    if (env.dotEnv().isPresent()) {
      DotEnvFile dotEnv = env.dotEnv().get();
      Path envPath = Path.of(dotEnv.source().name()).toAbsolutePath().normalize();
      if (reportedEnvFiles.add(envPath)) {
        String name = envDisplayName(target, dotEnv);
        SourceText envSource = SourceText.of(name, dotEnv.source().bytes());
        List<Finding> envFindings =
            linter.lintCompose(new ComposeFile(envSource, Optional.empty(), dotEnv.problems()));
        if (!envFindings.isEmpty()) {
          envResult = Optional.of(result(linter, name, FileType.COMPOSE, envSource, envFindings));
        }
      }
    }
    return new One(
        main.result(),
        main.error(),
        main.diff(),
        main.broken(),
        envResult,
        main.elsewhere(),
        main.elsewhereSources());
  }

  /**
   * The compose files of the project a compose target is the main file of: the {@code
   * --compose-file} list when the target is its first file, else the target and the override file
   * beside it. Empty for a file that is itself an override (a later {@code --compose-file}, or
   * {@code compose.override.yaml} beside {@code compose.yaml}): its project is its main file's.
   */
  private Optional<List<Path>> projectInputs(LintTarget target, Path project) {
    if (target.path().isEmpty()) {
      return Optional.of(List.of(project.resolve(baseName(target.displayName()))));
    }
    Path path = target.path().get().toAbsolutePath().normalize();
    List<Path> given = compose.composeFiles();
    if (!given.isEmpty() && given.get(0).equals(path)) {
      return Optional.of(given);
    }
    if (given.contains(path)
        || ProjectLoader.isOverrideName(path)
        || (includedBeside != null ? includedBeside.join() : includedBefore).contains(path)) {
      return Optional.empty();
    }
    List<Path> out = new ArrayList<>(List.of(path));
    ProjectLoader.overrideOf(path).ifPresent(out::add);
    return Optional.of(out);
  }

  /** The compose targets that another compose target's {@code include} names. */
  private Set<Path> included(List<LintTarget> targets) {
    Set<Path> composeTargets = new java.util.HashSet<>();
    for (LintTarget t : targets) {
      if (t.type() == FileType.COMPOSE && t.path().isPresent()) {
        composeTargets.add(t.path().get().toAbsolutePath().normalize());
      }
    }
    Set<Path> out = new java.util.HashSet<>();
    if (composeTargets.size() < 2) {
      return Set.of(); // a file cannot include itself
    }
    for (Path p : composeTargets) {
      try {
        // read up to one byte over the limit (no separate size look): a larger file is skipped
        byte[] bytes = readAtMost(p, limits.maxFileSize() + 1);
        if (bytes.length > limits.maxFileSize()) {
          continue;
        }
        if (scannedBytes.addAndGet(bytes.length) <= MAX_SCANNED_BYTES) {
          scanned.put(p, bytes);
        }
        if (!mayInclude(bytes)) {
          continue;
        }
        ComposeFile file =
            ComposeLoading.load(
                SourceText.of(p.toString(), bytes), limits.applyTo(ComposeLoadOptions.defaults()));
        for (Path inc : ProjectLoader.includedBy(file, p.getParent())) {
          if (!inc.equals(p) && composeTargets.contains(inc)) {
            out.add(inc);
          }
        }
      } catch (IOException | RuntimeException e) {
        // unreadable: reported when the file itself is linted
      }
    }
    return Set.copyOf(out);
  }

  /**
   * A cheap look for the word {@code include} before loading a file to read its includes: false
   * when every {@code include} is on a line that starts with {@code #} (after blanks), which is a
   * comment or the text of a quoted or block scalar, never a key. A line with bytes outside ASCII
   * before the word may hold a line break YAML knows and this look does not, so it counts.
   */
  static boolean mayInclude(byte[] bytes) {
    // most files have no "include" at all: told by String's search over the bytes as Latin-1
    // characters (one per byte), before the line-by-line look below
    if (new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("include") < 0) {
      return false;
    }
    boolean blanks = true; // only blanks since the line began
    boolean comment = false; // the line's first byte that is not a blank is '#'
    boolean ascii = true; // only ASCII since the line began
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r') {
        blanks = true;
        comment = false;
        ascii = true;
        continue;
      }
      if (b == 'i' && isInclude(bytes, i) && (!comment || !ascii)) {
        return true;
      }
      if (blanks && b != ' ' && b != '\t') {
        blanks = false;
        comment = b == '#';
      }
      ascii &= b >= 0; // bytes are signed: those outside ASCII are negative
    }
    return false;
  }

  private static final byte[] INCLUDE = {'i', 'n', 'c', 'l', 'u', 'd', 'e'};

  private static boolean isInclude(byte[] bytes, int at) {
    if (at + INCLUDE.length > bytes.length) {
      return false;
    }
    for (int k = 0; k < INCLUDE.length; k++) {
      if (bytes[at + k] != INCLUDE[k]) {
        return false;
      }
    }
    return true;
  }

  private static String baseName(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  /**
   * Adds the project findings to a compose target's result: those in the target itself to it, the
   * others to the files they are in; with {@code --follow-builds}, the Dockerfiles the services
   * build that are not linted otherwise are linted too, with their service's context.
   */
  private One withProject(
      Linter linter,
      LintTarget target,
      One main,
      List<Path> files,
      Optional<ComposeFile> loaded,
      Supplier<Project> model,
      Path envDirectory,
      ComposeEnvironment env) {
    FileResult own = main.result().get();
    SourceText source = own.source().get();
    Path mainPath = files.get(0);
    Function<Path, String> names = displayNames(target, mainPath);
    List<ProjectLoader.Input> inputs = new ArrayList<>();
    inputs.add(
        new ProjectLoader.Input(
            mainPath,
            Optional.of(source.bytes()),
            loaded,
            model == null ? Optional.empty() : Optional.of(model.get())));
    files.stream().skip(1).map(ProjectLoader.Input::of).forEach(inputs::add);
    ProjectSettings settings =
        new ProjectSettings(
            compose.processEnvironment(),
            compose.projectDirectory(),
            compose.envFile(),
            compose.profiles(),
            limits.applyTo(ComposeLoadOptions.defaults()),
            limits.maxFileSize());
    ComposeProject project =
        ProjectLoader.load(inputs, settings, names, envDirectory, env, parsedDockerfiles);
    List<Finding> findings = new ArrayList<>(own.findings());
    List<Finding> elsewhere = new ArrayList<>(main.elsewhere());
    Map<String, SourceText> sources = new java.util.HashMap<>(main.elsewhereSources());
    project.files().forEach(f -> sources.put(f.source().name(), f.source()));
    for (ProjectService s : project.services()) {
      s.build()
          .flatMap(ServiceBuild::parsed)
          .ifPresent(d -> sources.put(d.source().name(), d.source()));
    }
    List<Finding> found = new ArrayList<>(linter.lintProject(project, limits.maxFileSize()));
    if (compose.followBuilds()) {
      found.addAll(followBuilds(linter, project));
    }
    for (Finding f : found) {
      if (f.file().equals(own.file())) {
        findings.add(f);
      } else {
        elsewhere.add(f);
      }
    }
    java.util.Collections.sort(findings);
    FileResult result =
        new FileResult(
            own.file(),
            own.source(),
            linter.limitFindings(
                List.copyOf(new java.util.TreeSet<>(findings)),
                limits.maxFindingsPerFile(),
                Family.COMPOSE));
    return new One(
        Optional.of(result),
        main.error(),
        main.diff(),
        main.broken(),
        main.extra(),
        elsewhere,
        sources);
  }

  /** Lints the Dockerfiles the project's services build that are not among the targets. */
  private List<Finding> followBuilds(Linter linter, ComposeProject project) {
    List<Finding> out = new ArrayList<>();
    for (ProjectService s : project.services()) {
      Optional<ServiceBuild> b = s.build();
      if (b.isEmpty()
          || b.get().status() != ServiceBuild.Status.FOUND
          || b.get().dockerfilePath().isEmpty()) {
        continue;
      }
      Path file = b.get().dockerfilePath().get();
      if (targetPaths.contains(file) || !followed.add(file)) {
        continue;
      }
      BuildContext context =
          BuildContext.of(b.get().contextDirectory(), Optional.of(file), limits.maxFileSize());
      out.addAll(linter.lintDockerfile(b.get().parsed().get(), context));
    }
    return out;
  }

  /**
   * How the files of a project are named in the report: relative to the main file's name as the
   * target shows it, so that a file that is also linted on its own gets the same name; absolute
   * when the main file has no path.
   */
  private Function<Path, String> displayNames(LintTarget target, Path mainPath) {
    Path mainDir = mainPath.getParent();
    String shown = target.displayName();
    int slash = shown.lastIndexOf('/');
    String prefix = slash < 0 ? "" : shown.substring(0, slash + 1);
    return p -> {
      Path abs = p.toAbsolutePath().normalize();
      if (abs.equals(mainPath)) {
        return shown;
      }
      if (target.path().isEmpty() || mainDir == null || abs.getRoot() == null) {
        return abs.startsWith(workingDirectory)
            ? workingDirectory.relativize(abs).toString().replace('\\', '/')
            : abs.toString();
      }
      String rel = mainDir.relativize(abs).toString().replace('\\', '/');
      String joined = Path.of(prefix + rel).normalize().toString().replace('\\', '/');
      return joined.isEmpty() ? rel : joined;
    };
  }

  /** The name a .env file is shown under: beside the compose file's name, or as given. */
  private String envDisplayName(LintTarget target, DotEnvFile dotEnv) {
    if (compose.envFile().isPresent()) {
      return compose.envFile().get().toString().replace('\\', '/');
    }
    String name = target.displayName();
    int slash = name.lastIndexOf('/');
    return (slash < 0 ? "" : name.substring(0, slash + 1)) + ".env";
  }

  private One fix(Linter linter, LintTarget target, byte[] bytes, Relinter relint) {
    FixResult r = new Fixer().fix(bytes, relint);
    Optional<String> broken = Optional.empty();
    if (r.status() == FixResult.Status.FIX_BREAKS_PARSE) {
      broken =
          Optional.of(
              target.displayName()
                  + ": fixes by "
                  + String.join(", ", r.suspectRules())
                  + " would break the file, so it was left unchanged (a berth bug; please report "
                  + "it)");
    }
    SourceText result = SourceText.of(target.displayName(), r.bytes());
    if (fixMode == FixMode.DRY_RUN) {
      String diff = UnifiedDiff.of(target.displayName(), bytes, r.bytes());
      return new One(
          Optional.of(result(linter, target, result, r.remaining())),
          Optional.empty(),
          diff.isEmpty() ? Optional.empty() : Optional.of(diff),
          broken);
    }
    if (r.changed()) {
      if (target.isStdin()) {
        return new One(
            Optional.empty(),
            Optional.of("--fix cannot rewrite standard input; use --fix-dry-run to see the fixes"),
            Optional.empty(),
            broken);
      }
      try {
        new AtomicFileWriter().write(target.path().get(), r.bytes());
      } catch (IOException e) {
        return new One(
            Optional.empty(),
            Optional.of(target.displayName() + ": cannot write the fixed file: " + e.getMessage()),
            Optional.empty(),
            broken);
      }
    }
    return new One(
        Optional.of(result(linter, target, result, r.remaining())),
        Optional.empty(),
        Optional.empty(),
        broken);
  }

  private FileResult tooLarge(Linter linter, LintTarget target, long size) {
    long maxFileSize = limits.maxFileSize();
    SourceText empty = SourceText.of(target.displayName(), new byte[0]);
    String message =
        "File is "
            + size
            + " bytes, over the "
            + maxFileSize
            + "-byte limit; it was not linted (raise the limit with --max-file-size)";
    if (target.type() == FileType.COMPOSE) {
      Problem p =
          new Problem(ComposeProblemCodes.FILE_TOO_LARGE, Level.ERROR, Span.empty(0), message);
      return new FileResult(
          target.displayName(),
          Optional.of(empty),
          linter.lintCompose(new ComposeFile(empty, Optional.empty(), List.of(p))));
    }
    Dockerfile model =
        Dockerfile.of(
            empty,
            '\\',
            List.of(),
            List.of(),
            List.of(),
            List.of(new Problem(ProblemCodes.FILE_TOO_LARGE, Level.ERROR, Span.empty(0), message)));
    return new FileResult(target.displayName(), Optional.of(empty), linter.lintDockerfile(model));
  }
}
