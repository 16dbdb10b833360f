package dev.berth.cli;

import dev.berth.api.ExternalTool;
import dev.berth.api.Rule;
import dev.berth.api.RuleCatalog;
import dev.berth.api.RuleMeta;
import dev.berth.config.CliOverrides;
import dev.berth.config.ConfigException;
import dev.berth.config.ConfigResolver;
import dev.berth.config.EffectiveConfig;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.engine.ComposeSettings;
import dev.berth.engine.FileDiscovery;
import dev.berth.engine.FileType;
import dev.berth.engine.Limits;
import dev.berth.engine.LintRunner;
import dev.berth.engine.LintTarget;
import dev.berth.engine.Linter;
import dev.berth.engine.ListedFolders;
import dev.berth.engine.PathGlob;
import dev.berth.engine.UsageException;
import dev.berth.engine.fix.DockerfileRelinter;
import dev.berth.engine.suppress.SuppressionOptions;
import dev.berth.report.Formats;
import dev.berth.report.Report;
import dev.berth.report.Reporter;
import dev.berth.rules.BuiltinRules;
import dev.berth.rules.dockerfile.ShellCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code berth lint}: lint files and directories, print the findings, exit by threshold. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = "Lint Dockerfiles and compose files. A directory is searched recursively.")
public final class LintCommand implements Callable<Integer> {
  @ParentCommand BerthCommand parent;

  // Defaults: picocli applies them, and so do the field initialisers (for QuickLintArguments).
  private static final String MAX_FILE_SIZE_DEFAULT = "10485760";
  private static final String MAX_FINDINGS_PER_FILE_DEFAULT = "1000";
  private static final String MAX_HEREDOC_SIZE_DEFAULT = "1048576";
  private static final String MAX_EXPANSION_SIZE_DEFAULT = "1048576";
  private static final String MAX_DOCKERFILE_TOKENS_DEFAULT = "300000";
  private static final String MAX_YAML_DEPTH_DEFAULT = "256";
  private static final String MAX_YAML_ALIASES_DEFAULT = "100000";
  private static final String MAX_YAML_NODES_DEFAULT = "1000000";
  private static final String SHELLCHECK_TIMEOUT_DEFAULT = "30";

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description =
          "Files or directories to lint (default: the current directory); - reads standard input.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: tty when standard output is a "
              + "terminal, gnu otherwise).",
      completionCandidates = FormatNames.class)
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Treat every path given as this type: dockerfile or compose.")
  String type;

  @Option(
      names = "--stdin-filename",
      paramLabel = "NAME",
      description = "Name (and so type) of the file read from standard input.")
  String stdinFilename;

  @Option(
      names = {"-t", "--failure-threshold"},
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding is at or above LEVEL: error, warning, info, style or none "
              + "(default: info, or the config's).")
  String failureThreshold;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description =
          "Read only this config file (default: .berth.yaml, .hadolint.yaml and .dclintrc found "
              + "from each linted file's folder up to the repository root, then the user's config "
              + "folder).")
  Path config;

  @Option(
      names = "--trusted-registry",
      paramLabel = "HOST",
      description = "A registry base images may come from (DL3026; repeatable).")
  List<String> trustedRegistries = new ArrayList<>();

  @Option(
      names = "--strict-labels",
      description = "Labels not in the label schema are findings (DL3050).")
  boolean strictLabels;

  @Option(
      names = "--require-label",
      paramLabel = "NAME:TYPE",
      description =
          "A label every image must have, of type text, url, semver, hash, rfc3339, spdx or email "
              + "(repeatable).")
  List<String> requireLabels = new ArrayList<>();

  @Option(
      names = "--project",
      paramLabel = "DIR",
      description =
          "The folder relative paths in compose files and the .env file are taken from (default: "
              + "each compose file's folder).")
  Path project;

  @Option(
      names = "--context",
      paramLabel = "DIR",
      description =
          "The build context of every Dockerfile linted, where its .dockerignore is read "
              + "(default: each Dockerfile's folder).")
  Path context;

  @Option(
      names = "--env-file",
      paramLabel = "FILE",
      description =
          "Variables for compose interpolation, instead of the .env beside the compose file (the "
              + "process environment still wins).")
  Path envFile;

  @Option(
      names = "--compose-file",
      paramLabel = "FILE",
      description =
          "A compose file of one project, merged over the previous ones in order, like"
              + " docker compose -f (repeatable; linted too).")
  List<Path> composeFiles = new ArrayList<>();

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "A compose profile to enable, besides COMPOSE_PROFILES (repeatable; default:"
              + " every service is checked).")
  List<String> profiles = new ArrayList<>();

  @Option(
      names = "--follow-builds",
      description =
          "Also lint the Dockerfiles compose services build that lie outside the linted paths.")
  boolean followBuilds;

  @Option(
      names = "--disable-ignore-pragma",
      description = "Ignore inline suppression comments (hadolint's option of the same name).")
  boolean disableIgnorePragma;

  @Option(
      names = "--no-fail",
      description = "Exit 0 whatever is found, unless berth itself failed.")
  boolean noFail;

  @Option(
      names = "--fix",
      description =
          "Apply the safe fixes of fixable findings to the files (atomically, file mode kept), "
              + "then report what remains.")
  boolean fix;

  @Option(
      names = "--fix-dry-run",
      description =
          "Print the fixes --fix would make as a unified diff, change nothing; exit 1 when a file "
              + "would change.")
  boolean fixDryRun;

  @Option(names = "--ignore", paramLabel = "ID", description = "Do not run this rule (repeatable).")
  List<String> ignore = new ArrayList<>();

  @Option(
      names = "--enable",
      paramLabel = "ID",
      description = "Run this rule although it is off by default (repeatable).")
  List<String> enable = new ArrayList<>();

  @Option(
      names = "--error",
      paramLabel = "ID",
      description = "Report this rule as an error (repeatable).")
  List<String> asError = new ArrayList<>();

  @Option(
      names = "--warning",
      paramLabel = "ID",
      description = "Report this rule as a warning (repeatable).")
  List<String> asWarning = new ArrayList<>();

  @Option(
      names = "--info",
      paramLabel = "ID",
      description = "Report this rule as info (repeatable).")
  List<String> asInfo = new ArrayList<>();

  @Option(
      names = "--style",
      paramLabel = "ID",
      description = "Report this rule as style (repeatable).")
  List<String> asStyle = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description =
          ".gitignore-style pattern of paths to skip while walking directories (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description =
          "Files linted in parallel, and ShellCheck processes at once (default: the number of"
              + " processors).")
  Integer jobs;

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      defaultValue = MAX_FILE_SIZE_DEFAULT,
      description = "Files larger than this get one finding and are not linted.")
  long maxFileSize = Long.parseLong(MAX_FILE_SIZE_DEFAULT);

  @Option(
      names = "--max-findings-per-file",
      paramLabel = "N",
      defaultValue = MAX_FINDINGS_PER_FILE_DEFAULT,
      description =
          "Report at most N findings per file; one more finding says how many were dropped.")
  int maxFindingsPerFile = Integer.parseInt(MAX_FINDINGS_PER_FILE_DEFAULT);

  @Option(
      names = "--max-heredoc-size",
      paramLabel = "BYTES",
      defaultValue = MAX_HEREDOC_SIZE_DEFAULT,
      description =
          "A Dockerfile heredoc body larger than this gets one finding (HeredocTooLarge).")
  int maxHeredocSize = Integer.parseInt(MAX_HEREDOC_SIZE_DEFAULT);

  @Option(
      names = "--max-expansion-size",
      paramLabel = "BYTES",
      defaultValue = MAX_EXPANSION_SIZE_DEFAULT,
      description =
          "Expanding a Dockerfile's ARG and ENV values stops at this many bytes, with one finding "
              + "(ExpansionTooLarge).")
  int maxExpansionSize = Integer.parseInt(MAX_EXPANSION_SIZE_DEFAULT);

  @Option(
      names = "--max-dockerfile-tokens",
      paramLabel = "N",
      defaultValue = MAX_DOCKERFILE_TOKENS_DEFAULT,
      description =
          "A Dockerfile with more tokens (keywords, words, flags, comments, line ends) is not "
              + "parsed; it gets one finding (FileTooLarge).")
  int maxDockerfileTokens = Integer.parseInt(MAX_DOCKERFILE_TOKENS_DEFAULT);

  @Option(
      names = "--max-yaml-depth",
      paramLabel = "N",
      defaultValue = MAX_YAML_DEPTH_DEFAULT,
      description =
          "Compose nesting deeper than N levels is one finding (invalid-yaml), and the file is "
              + "not loaded.")
  int maxYamlDepth = Integer.parseInt(MAX_YAML_DEPTH_DEFAULT);

  @Option(
      names = "--max-yaml-aliases",
      paramLabel = "NODES",
      defaultValue = MAX_YAML_ALIASES_DEFAULT,
      description =
          "A compose file whose aliases expand to more nodes than this is one finding "
              + "(no-yaml-alias-cycle), and is not loaded.")
  int maxYamlAliases = Integer.parseInt(MAX_YAML_ALIASES_DEFAULT);

  @Option(
      names = "--max-yaml-nodes",
      paramLabel = "NODES",
      defaultValue = MAX_YAML_NODES_DEFAULT,
      description =
          "A compose file with more YAML nodes (keys, values, list items) is not loaded; it gets "
              + "one finding (file-too-large).")
  int maxYamlNodes = Integer.parseInt(MAX_YAML_NODES_DEFAULT);

  @Option(
      names = "--shellcheck",
      paramLabel = "PATH",
      description =
          "The shellcheck program that checks shell-form RUN commands and heredoc scripts "
              + "(default: shellcheck on PATH).")
  Path shellcheck;

  @Option(names = "--no-shellcheck", description = "Do not run ShellCheck (no SC findings).")
  boolean noShellcheck;

  @Option(
      names = "--shellcheck-timeout",
      paramLabel = "SECONDS",
      defaultValue = SHELLCHECK_TIMEOUT_DEFAULT,
      description =
          "Stop ShellCheck when it takes longer than this for one Dockerfile; that file's SC "
              + "checks are then skipped, with a finding.")
  int shellcheckTimeout = Integer.parseInt(SHELLCHECK_TIMEOUT_DEFAULT);

  @Option(
      names = "--color",
      negatable = true,
      description =
          "Colour the tty output (default: when standard output is a terminal and NO_COLOR is not "
              + "set).")
  Boolean color;

  @Override
  public Integer call() throws IOException, UsageException {
    Io io = parent.io;
    // Configuration needs every rule's metadata, read from the index; the rules themselves are
    // instantiated below, only for the families of the files found.
    List<RuleMeta> allMetas = BuiltinRules.metas();
    // The file walk below remembers the config files and .git folders it sees, so that looking
    // for configs in the folders of the files found needs no system call per name and folder.
    ListedFolders listed = new ListedFolders(ConfigResolver.namesToList());
    ConfigResolver configs;
    try {
      configs =
          ConfigResolver.create(allMetas, io.env(), overrides(), io.workingDirectory(), listed);
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
    EffectiveConfig here = resolve(configs, io.workingDirectory(), true);

    Optional<FileType> forced = Optional.empty();
    if (type != null) {
      try {
        forced = Optional.of(FileType.parse(type));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (maxFileSize < 0) {
      throw new UsageException("--max-file-size must not be negative");
    }
    Limits limits = limits();
    String fmt =
        format != null ? format : here.format().orElse(io.stdoutIsTerminal() ? "tty" : "gnu");
    Reporter reporter;
    try {
      reporter = Formats.create(fmt, new Formats.Options(colorEnabled(io, here)));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }

    int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new UsageException("--jobs must be at least 1");
    }
    // Plain code rather than lambdas on this path: each lambda costs a cold JVM a bootstrap.
    Optional<ExternalTool> found =
        ShellCheckLookup.find(io, shellcheck, noShellcheck, shellcheckTimeout);
    Optional<ExternalTool> shellcheckTool =
        found.isPresent() ? Optional.of(found.get().withProcesses(n)) : found;

    List<String> args =
        !paths.isEmpty() ? paths : composeFiles.isEmpty() ? List.of(".") : List.of();
    FileDiscovery discovery =
        new FileDiscovery(forced, PathGlob.compileAll(exclude), io.workingDirectory(), listed);
    Map<LintTarget, EffectiveConfig> perTarget = new LinkedHashMap<>();
    for (LintTarget t : discovery.discover(args, stdinFilename)) {
      Path abs =
          t.path().isPresent()
              ? io.workingDirectory().resolve(t.path().get()).toAbsolutePath().normalize()
              : io.workingDirectory().resolve("stdin").toAbsolutePath();
      EffectiveConfig c = resolve(configs, abs, false);
      if (!t.explicit() && c.isExcluded(abs, false)) {
        continue;
      }
      perTarget.put(t, c);
    }
    for (String note : configs.notes()) {
      io.err().write("berth: note: " + note + "\n");
    }
    io.err().flush();
    addComposeFiles(perTarget, configs);
    if (context != null && !java.nio.file.Files.isDirectory(context)) {
      throw new UsageException(context + ": no such build context folder");
    }
    Optional<Path> contextDir =
        context == null ? Optional.empty() : Optional.of(context.toAbsolutePath().normalize());
    boolean dockerfiles = false;
    boolean composes = false;
    for (LintTarget t : perTarget.keySet()) {
      dockerfiles |= t.type() == FileType.DOCKERFILE;
      composes |= t.type() != FileType.DOCKERFILE;
    }
    List<Rule> rules = BuiltinRules.forFamilies(dockerfiles, composes, followBuilds);
    RuleCatalog catalog = configs.catalog();
    // Keyed by identity: the resolver hands out one EffectiveConfig per set of config files, and
    // hashing the record would cost a cold JVM a bootstrap per record type inside it.
    Map<EffectiveConfig, Linter> linters =
        java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    java.util.function.Function<LintTarget, Linter> linterFor =
        t -> {
          EffectiveConfig c = perTarget.get(t);
          synchronized (linters) {
            Linter linter = linters.get(c);
            if (linter == null) {
              linter =
                  new Linter(
                      catalog,
                      rules,
                      c.policy(),
                      c.settings()
                          .withLimits(maxHeredocSize, maxExpansionSize, maxDockerfileTokens)
                          .withShellcheck(shellcheckTool)
                          .withBuildContext(contextDir),
                      new SuppressionOptions(
                          c.disableIgnorePragma(),
                          Optional.ofNullable(io.env().get("BUILDKIT_DOCKERFILE_CHECK"))));
              linters.put(c, linter);
            }
            return linter;
          }
        };
    List<LintTarget> targets = new ArrayList<>(perTarget.keySet());
    if (targets.isEmpty()) {
      // A mistyped path or an empty folder must not pass a CI step silently.
      throw new UsageException(
          "no Dockerfile or compose file found in " + String.join(", ", args) + nothingHint(args));
    }
    if (fix && fixDryRun) {
      throw new UsageException("--fix and --fix-dry-run exclude each other");
    }
    if (envFile != null && !java.nio.file.Files.isRegularFile(envFile)) {
      throw new UsageException(envFile + ": no such env file");
    }
    if (project != null && !java.nio.file.Files.isDirectory(project)) {
      throw new UsageException(project + ": no such project folder");
    }
    LintRunner runner =
        new LintRunner(linterFor, maxFileSize, n)
            .withWorkingDirectory(io.workingDirectory())
            .withLimits(limits)
            .withCompose(
                new ComposeSettings(
                        io.env(),
                        project == null
                            ? Optional.empty()
                            : Optional.of(project.toAbsolutePath().normalize()),
                        Optional.ofNullable(envFile))
                    .withProjects(composeFiles, profiles, followBuilds));
    if (fix || fixDryRun) {
      runner.fixing(
          fix ? LintRunner.FixMode.APPLY : LintRunner.FixMode.DRY_RUN,
          DockerfileRelinter.parseErrorRuleIds(rules));
    }
    LintRunner.Outcome outcome = runner.run(targets, io.in());
    for (String broken : outcome.brokenFixes()) {
      io.err().write("berth: " + broken + "\n");
    }
    if (fixDryRun) {
      StringBuilder diffs = new StringBuilder();
      outcome.diffs().forEach(diffs::append);
      if (output == null) {
        io.out().write(diffs.toString());
        io.out().flush();
      } else {
        ReportOutput.AtomicFiles.write(
            output, diffs.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      for (String error : outcome.errors()) {
        io.err().write("berth: " + error + "\n");
      }
      io.err().flush();
      if (!outcome.errors().isEmpty()) {
        return ExitCodes.USAGE;
      }
      if (!outcome.brokenFixes().isEmpty()) {
        return ExitCodes.INTERNAL;
      }
      return outcome.diffs().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    Set<EffectiveConfig> used =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    used.addAll(perTarget.values());
    if (used.isEmpty()) {
      used.add(here);
    }
    // a compose run that lints no Dockerfile in full left most Dockerfile rules out; a format that
    // lists the rules lists them as before, asking each whether it runs with the settings
    List<Rule> ranOrListed =
        reporter.listsRules() ? BuiltinRules.forFamilies(dockerfiles, composes, true) : rules;
    List<RuleMeta> metas = ranRules(allMetas, ranOrListed, used, shellcheckTool);
    Report report = new Report(outcome.results(), metas, Version.get());
    ReportOutput.write(reporter, report, output, io);
    if (shellcheckTool.isEmpty()
        && !noShellcheck
        && fmt.equals("tty")
        && shellcheckWouldRun(perTarget)) {
      io.err().write(ShellCheckLookup.NOT_FOUND_NOTE + "\n");
    }

    for (String error : outcome.errors()) {
      io.err().write("berth: " + error + "\n");
    }
    io.err().flush();
    if (!outcome.errors().isEmpty()) {
      return ExitCodes.USAGE;
    }
    if (!outcome.brokenFixes().isEmpty()) {
      return ExitCodes.INTERNAL;
    }
    Map<String, EffectiveConfig> byName = new java.util.HashMap<>();
    for (Map.Entry<LintTarget, EffectiveConfig> e : perTarget.entrySet()) {
      byName.put(e.getKey().displayName(), e.getValue());
    }
    for (FileResult r : outcome.results()) {
      EffectiveConfig c = byName.getOrDefault(r.file(), here);
      for (Finding f : r.findings()) {
        if (c.failsOn(f.level())) {
          return ExitCodes.FINDINGS;
        }
      }
    }
    return ExitCodes.OK;
  }

  /**
   * The metadata of the rules that ran under one of the configs {@code used}, in id order: those
   * the policy runs, less those that cannot run with the settings. A rule not among {@code rules}
   * (one of a family without files) is listed as the policy says; {@code rules} holds every rule
   * that overrides {@link Rule#runsWith} among those a run of these families could run.
   */
  private static List<RuleMeta> ranRules(
      List<RuleMeta> allMetas,
      List<Rule> rules,
      Set<EffectiveConfig> used,
      Optional<ExternalTool> shellcheckTool) {
    Map<RuleMeta, Rule> instances = new java.util.IdentityHashMap<>();
    for (Rule r : rules) {
      instances.put(r.meta(), r);
    }
    List<RuleMeta> out = new ArrayList<>();
    for (RuleMeta m : allMetas) {
      Rule r = instances.get(m);
      for (EffectiveConfig c : used) {
        if (c.policy().runs(m)
            && (r == null || r.runsWith(c.settings().withShellcheck(shellcheckTool)))) {
          out.add(m);
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private static String nothingHint(List<String> args) {
    return " (berth lints files named like Dockerfile, *.dockerfile, Containerfile, compose.yaml"
        + " or docker-compose.yml; name a file explicitly to lint it whatever its name)";
  }

  /** The {@code --compose-file} files are linted too, when the paths do not already hold them. */
  private void addComposeFiles(Map<LintTarget, EffectiveConfig> perTarget, ConfigResolver configs)
      throws UsageException {
    Set<Path> known = new java.util.HashSet<>();
    for (LintTarget t : perTarget.keySet()) {
      if (t.path().isPresent()) {
        known.add(t.path().get().toAbsolutePath().normalize());
      }
    }
    for (Path f : composeFiles) {
      if (!java.nio.file.Files.isRegularFile(f)) {
        throw new UsageException(f + ": no such compose file");
      }
      Path abs = f.toAbsolutePath().normalize();
      if (known.add(abs)) {
        perTarget.put(
            new LintTarget(Optional.of(f), f.toString().replace('\\', '/'), FileType.COMPOSE, true),
            resolve(configs, abs, false));
      }
    }
  }

  private static boolean shellcheckWouldRun(Map<LintTarget, EffectiveConfig> perTarget) {
    RuleMeta meta = RuleMeta.of(ShellCheck.class);
    return perTarget.entrySet().stream()
        .anyMatch(
            e -> e.getKey().type() == FileType.DOCKERFILE && e.getValue().policy().runs(meta));
  }

  private Limits limits() throws UsageException {
    if (maxFindingsPerFile < 1) {
      throw new UsageException("--max-findings-per-file must be at least 1");
    }
    if (maxYamlDepth < 1) {
      throw new UsageException("--max-yaml-depth must be at least 1");
    }
    if (maxDockerfileTokens < 1 || maxYamlNodes < 1) {
      throw new UsageException("--max-dockerfile-tokens and --max-yaml-nodes must be at least 1");
    }
    if (maxHeredocSize < 0 || maxExpansionSize < 0 || maxYamlAliases < 0) {
      throw new UsageException(
          "--max-heredoc-size, --max-expansion-size and --max-yaml-aliases must not be negative");
    }
    return new Limits(maxFileSize, maxFindingsPerFile, maxYamlDepth, maxYamlAliases, maxYamlNodes);
  }

  private static EffectiveConfig resolve(ConfigResolver configs, Path path, boolean directory)
      throws UsageException {
    try {
      return directory ? configs.forDirectory(path) : configs.forFile(path);
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private CliOverrides overrides() {
    return CliOverrides.builder()
        .configFile(config)
        .ignore(ignore)
        .enable(enable)
        .error(asError)
        .warning(asWarning)
        .info(asInfo)
        .style(asStyle)
        .failureThreshold(failureThreshold)
        .noFail(noFail)
        .trustedRegistries(trustedRegistries)
        .strictLabels(strictLabels)
        .requireLabels(requireLabels)
        .disableIgnorePragma(disableIgnorePragma)
        .build();
  }

  /** Completion candidates for the help text. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Formats.names().iterator();
    }
  }

  private boolean colorEnabled(Io io, EffectiveConfig config) {
    if (color != null) {
      return color;
    }
    return io.stdoutIsTerminal() && !io.env().containsKey("NO_COLOR") && !config.noColor();
  }
}
