package dev.berth.cli;

import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.engine.FileDiscovery;
import dev.berth.engine.FileType;
import dev.berth.engine.LintRunner;
import dev.berth.engine.LintTarget;
import dev.berth.engine.Linter;
import dev.berth.engine.PathGlob;
import dev.berth.engine.RulePolicy;
import dev.berth.engine.UsageException;
import dev.berth.report.Formats;
import dev.berth.report.Report;
import dev.berth.report.Reporter;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files or directories to lint (default: the current directory); - reads standard input.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: tty when standard output is a terminal, gnu otherwise).",
      completionCandidates = FormatNames.class)
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--type", paramLabel = "TYPE", description = "Treat every path given as this type: dockerfile or compose.")
  String type;

  @Option(names = "--stdin-filename", paramLabel = "NAME", description = "Name (and so type) of the file read from standard input.")
  String stdinFilename;

  @Option(
      names = {"-t", "--failure-threshold"},
      paramLabel = "LEVEL",
      defaultValue = "info",
      description = "Exit 1 when a finding is at or above LEVEL: error, warning, info, style or none.")
  String failureThreshold;

  @Option(names = "--no-fail", description = "Exit 0 whatever is found, unless berth itself failed.")
  boolean noFail;

  @Option(names = "--ignore", paramLabel = "ID", description = "Do not run this rule (repeatable).")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--enable", paramLabel = "ID", description = "Run this rule although it is off by default (repeatable).")
  List<String> enable = new ArrayList<>();

  @Option(names = "--error", paramLabel = "ID", description = "Report this rule as an error (repeatable).")
  List<String> asError = new ArrayList<>();

  @Option(names = "--warning", paramLabel = "ID", description = "Report this rule as a warning (repeatable).")
  List<String> asWarning = new ArrayList<>();

  @Option(names = "--info", paramLabel = "ID", description = "Report this rule as info (repeatable).")
  List<String> asInfo = new ArrayList<>();

  @Option(names = "--style", paramLabel = "ID", description = "Report this rule as style (repeatable).")
  List<String> asStyle = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", description = ".gitignore-style pattern of paths to skip while walking directories (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Files linted in parallel (default: the number of processors).")
  Integer jobs;

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      defaultValue = "10485760",
      description = "Files larger than this get one finding and are not linted.")
  long maxFileSize;

  @Option(names = "--color", negatable = true, description = "Colour the tty output (default: when standard output is a terminal and NO_COLOR is not set).")
  Boolean color;

  @Override
  public Integer call() throws IOException, UsageException {
    Io io = parent.io;
    List<Rule> rules = BuiltinRules.all();
    RulePolicy policy = policy(rules);
    Linter linter = new Linter(rules, policy, LintSettings.DEFAULTS);

    Optional<FileType> forced = Optional.empty();
    if (type != null) {
      try {
        forced = Optional.of(FileType.parse(type));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    Optional<Level> threshold = threshold(failureThreshold);
    if (maxFileSize < 0) {
      throw new UsageException("--max-file-size must not be negative");
    }
    String fmt = format != null ? format : (io.stdoutIsTerminal() ? "tty" : "gnu");
    Reporter reporter;
    try {
      reporter = Formats.create(fmt, new Formats.Options(colorEnabled(io)));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }

    List<String> args = paths.isEmpty() ? List.of(".") : paths;
    FileDiscovery discovery = new FileDiscovery(forced, PathGlob.compileAll(exclude), io.workingDirectory());
    List<LintTarget> targets = discovery.discover(args, stdinFilename);
    int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new UsageException("--jobs must be at least 1");
    }
    LintRunner.Outcome outcome = new LintRunner(linter, maxFileSize, n).run(targets, io.in());

    List<RuleMeta> metas = rules.stream().map(Rule::meta).filter(policy::runs).toList();
    Report report = new Report(outcome.results(), metas, Version.get());
    ReportOutput.write(reporter, report, output, io);

    for (String error : outcome.errors()) {
      io.err().write("berth: " + error + "\n");
    }
    io.err().flush();
    if (!outcome.errors().isEmpty()) {
      return ExitCodes.USAGE;
    }
    if (noFail || threshold.isEmpty()) {
      return ExitCodes.OK;
    }
    for (FileResult r : outcome.results()) {
      for (Finding f : r.findings()) {
        if (f.level().atLeast(threshold.get())) {
          return ExitCodes.FINDINGS;
        }
      }
    }
    return ExitCodes.OK;
  }

  /** Completion candidates for the help text. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Formats.names().iterator();
    }
  }

  private boolean colorEnabled(Io io) {
    if (color != null) {
      return color;
    }
    return io.stdoutIsTerminal() && !io.env().containsKey("NO_COLOR");
  }

  private static Optional<Level> threshold(String text) throws UsageException {
    if (text.equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Level.parse(text));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--failure-threshold: unknown level '" + text + "' (expected error, warning, info, style or none)");
    }
  }

  private RulePolicy policy(List<Rule> rules) throws UsageException {
    Map<String, Level> levels = new HashMap<>();
    for (String id : checkIds(rules, asStyle)) {
      levels.put(id, Level.STYLE);
    }
    for (String id : checkIds(rules, asInfo)) {
      levels.put(id, Level.INFO);
    }
    for (String id : checkIds(rules, asWarning)) {
      levels.put(id, Level.WARNING);
    }
    for (String id : checkIds(rules, asError)) {
      levels.put(id, Level.ERROR);
    }
    return new RulePolicy(checkIds(rules, ignore), checkIds(rules, enable), levels, Map.of());
  }

  private static Set<String> checkIds(List<Rule> rules, List<String> ids) throws UsageException {
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      boolean known = rules.stream().anyMatch(r -> r.meta().isNamed(id));
      if (!known) {
        throw new UsageException("unknown rule '" + id + "'; 'berth rules' lists them all");
      }
      out.add(id);
    }
    return out;
  }
}
