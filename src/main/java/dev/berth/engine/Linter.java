package dev.berth.engine;

import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.Family;
import dev.berth.api.LimitCodes;
import dev.berth.api.LintSettings;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.Rule;
import dev.berth.api.RuleCatalog;
import dev.berth.api.RuleContext;
import dev.berth.api.RuleMeta;
import dev.berth.api.RuleOptions;
import dev.berth.api.ShellOverride;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.Inclusion;
import dev.berth.compose.model.Project;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.project.ComposeProject;
import dev.berth.compose.project.ProjectFile;
import dev.berth.compose.project.ProjectService;
import dev.berth.compose.project.ServiceBuild;
import dev.berth.compose.schema.ComposeSchemaValidation;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.context.DockerIgnore;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.dockerfile.shell.ShellFacts;
import dev.berth.dockerfile.shell.StageEnvironment;
import dev.berth.engine.suppress.BuildkitChecks;
import dev.berth.engine.suppress.SuppressionCodes;
import dev.berth.engine.suppress.SuppressionOptions;
import dev.berth.engine.suppress.Suppressions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs rules over files. Knows no concrete rule: it is given the rules to run and the policy that
 * says which of them are on and at what level.
 *
 * <p>After the rules ran, the file's {@link Suppressions} drop the findings its comments (and
 * BuildKit's {@code check} directive) suppress and raise levels under {@code error=true}; problems
 * found in the suppressions themselves are handed to the rules as model problems, so that they are
 * reported (and configured) like any rule's findings. Every rule given, running or not, is known to
 * suppressions: naming a rule that configuration turned off is not an error.
 *
 * <p>A rule may report under further codes besides its id ({@link RuleMeta#codes()}, the ShellCheck
 * rule's {@code SCnnnn}): such a finding carries its own code, is dropped when that code is
 * ignored, takes the level configured for the code, else for the rule, else the one reported, and
 * is suppressed by comments naming the code or the rule. A rule that cannot run with the settings
 * ({@link Rule#runsWith}) is left out as if it were off.
 */
public final class Linter {
  private final List<DockerfileRule> dockerfileRules;
  private final List<ComposeRule> composeRules;

  /**
   * The Dockerfile rules that read the build context ({@link BuildContext#CONTEXT_RULES}) and run;
   * a compose project's built Dockerfiles are checked with these alone against their service's
   * context.
   */
  private final List<DockerfileRule> contextRules;

  /** The metadata of {@link #composeRules}, in their order (read once, not once per file). */
  private final List<RuleMeta> composeMetas;

  private final List<ProjectRule> projectRules;

  /**
   * Experimental BuildKit checks that are off but may be enabled per file by {@code #
   * check=experimental=}.
   */
  private final List<DockerfileRule> dormantExperimental;

  private final RulePolicy policy;

  /** What this linter read of folders to tell included compose files; one run's worth. */
  private final Inclusion inclusion = new Inclusion();

  private final LintSettings settings;
  private final SuppressionOptions suppression;
  private final RuleCatalog catalog;

  /** The rule that reports unused suppressions, when it runs; its findings come from here. */
  private final RuleMeta unusedSuppression;

  /** The rules that report dropped findings, per family, when they run. */
  private final RuleMeta tooManyFindings;

  private final RuleMeta composeTooManyFindings;

  public Linter(List<? extends Rule> rules, RulePolicy policy, LintSettings settings) {
    this(rules, policy, settings, SuppressionOptions.DEFAULTS);
  }

  public Linter(
      List<? extends Rule> rules,
      RulePolicy policy,
      LintSettings settings,
      SuppressionOptions suppression) {
    this(RuleCatalog.ofRules(rules), rules, policy, settings, suppression);
  }

  /**
   * A linter that runs {@code rules} but knows every rule of {@code catalog} in suppressions: a run
   * over Dockerfiles only need not instantiate the compose rules to tell their ids.
   */
  public Linter(
      RuleCatalog catalog,
      List<? extends Rule> rules,
      RulePolicy policy,
      LintSettings settings,
      SuppressionOptions suppression) {
    this.policy = policy;
    this.settings = settings;
    this.suppression = suppression;
    this.catalog = catalog;
    List<DockerfileRule> d = new ArrayList<>();
    List<DockerfileRule> dormant = new ArrayList<>();
    List<ComposeRule> c = new ArrayList<>();
    List<ProjectRule> p = new ArrayList<>();
    for (Rule r : rules) {
      if (!r.runsWith(settings)) {
        continue;
      }
      if (r instanceof ComposeRule cr && policy.runs(r.meta())) {
        c.add(cr);
      }
      if (r instanceof ProjectRule pr && policy.runs(r.meta())) {
        p.add(pr);
      }
      if (!(r instanceof DockerfileRule dr)) {
        continue;
      }
      RuleMeta meta = r.meta();
      if (policy.runs(meta)) {
        d.add(dr);
      } else if (BuildkitChecks.isExperimental(meta) && !ignoredByPolicy(meta)) {
        dormant.add(dr);
      }
    }
    this.dockerfileRules = List.copyOf(d);
    List<DockerfileRule> context = new ArrayList<>();
    for (DockerfileRule r : dockerfileRules) {
      if (BuildContext.CONTEXT_RULES.contains(r.meta().id())) {
        context.add(r);
      }
    }
    this.contextRules = List.copyOf(context);
    this.composeRules = List.copyOf(c);
    List<RuleMeta> cm = new ArrayList<>(c.size());
    for (ComposeRule r : c) {
      cm.add(r.meta());
    }
    this.composeMetas = List.copyOf(cm);
    this.projectRules = List.copyOf(p);
    this.dormantExperimental = List.copyOf(dormant);
    RuleMeta unused = null;
    for (DockerfileRule r : dockerfileRules) {
      if (r.meta().id().equals(SuppressionCodes.DOCKERFILE_UNUSED)) {
        unused = r.meta();
      }
    }
    this.unusedSuppression = unused;
    RuleMeta tooMany = null;
    RuleMeta composeTooMany = null;
    for (Rule r : rules) {
      RuleMeta meta = r.meta();
      if (policy.runs(meta) && meta.id().equals(LimitCodes.TOO_MANY_FINDINGS)) {
        tooMany = meta;
      } else if (policy.runs(meta) && meta.id().equals(LimitCodes.COMPOSE_TOO_MANY_FINDINGS)) {
        composeTooMany = meta;
      }
    }
    this.tooManyFindings = tooMany;
    this.composeTooManyFindings = composeTooMany;
  }

  /**
   * Keeps the first {@code max} of a file's sorted findings. When some are dropped, and the rule
   * that reports it runs, one finding takes their place at the first dropped one: it says how many
   * were dropped, and its level is at least that of the most severe of them, so that dropping
   * findings never turns a failing run into a passing one.
   */
  public List<Finding> limitFindings(List<Finding> sorted, int max, Family family) {
    if (sorted.size() <= max) {
      return sorted;
    }
    List<Finding> kept = new ArrayList<>(sorted.subList(0, max));
    RuleMeta meta = family == Family.COMPOSE ? composeTooManyFindings : tooManyFindings;
    if (meta != null) {
      List<Finding> dropped = sorted.subList(max, sorted.size());
      Level level = policy.level(meta);
      for (Finding f : dropped) {
        if (f.level().atLeast(level)) {
          level = f.level();
        }
      }
      Finding first = dropped.get(0);
      kept.add(
          new Finding(
              first.file(),
              first.span(),
              first.start(),
              first.end(),
              meta.id(),
              level,
              dropped.size()
                  + " more findings from here on were not reported: a file gets at most "
                  + max
                  + " (raise the limit with --max-findings-per-file); the most severe of them is "
                  + mostSevere(dropped).id(),
              Optional.empty()));
      Collections.sort(kept);
    }
    return List.copyOf(kept);
  }

  private static Level mostSevere(List<Finding> findings) {
    Level out = Level.STYLE;
    for (Finding f : findings) {
      if (f.level().atLeast(out)) {
        out = f.level();
      }
    }
    return out;
  }

  private boolean ignoredByPolicy(RuleMeta meta) {
    for (String key : policy.ignored()) {
      if (meta.isNamed(key)) {
        return true;
      }
    }
    return false;
  }

  /** The settings rules read, {@code --context} among them. */
  public LintSettings settings() {
    return settings;
  }

  /** Every rule this linter was given, for reading suppressions. */
  public RuleCatalog catalog() {
    return catalog;
  }

  /** A finding under one of a rule's further codes, unless configuration ignores that code. */
  private Optional<Finding> underCode(
      SourceText source, RuleMeta meta, String code, Level level, Span span, String message) {
    if (!meta.reportsCode(code)) {
      throw new IllegalArgumentException(meta.id() + " does not report under the code " + code);
    }
    if (policy.ignores(code)) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.at(source, span, code, policy.level(meta, code, level), message, Optional.empty()));
  }

  public SuppressionOptions suppressionOptions() {
    return suppression;
  }

  /**
   * The suppressions of a compose file, for the compose pipeline: add {@link
   * Suppressions#problems()} to the loaded file's problems before the rules run, and pass the
   * findings through {@link Suppressions#filter} after.
   */
  public Suppressions composeSuppressions(SourceText source) {
    return Suppressions.forCompose(source, catalog, suppression);
  }

  /** Loads, validates and lints one compose file; findings sorted. */
  public List<Finding> lintCompose(SourceText source, ComposeLoadOptions options) {
    return lintCompose(ComposeSchemaValidation.validate(ComposeLoading.load(source, options)));
  }

  /** Lints a loaded (and validated) compose file; findings sorted. */
  public List<Finding> lintCompose(ComposeFile file) {
    return lintCompose(file, composeModel(file));
  }

  /**
   * The typed view the rules of a compose file read, built on first use; a caller that needs it too
   * (the file's project) passes it to {@link #lintCompose(ComposeFile, Supplier)}.
   */
  public Supplier<Project> composeModel(ComposeFile file) {
    return memoize(() -> Project.of(file, inclusion));
  }

  /** {@link #lintCompose(ComposeFile)} with the file's {@link #composeModel}. */
  public List<Finding> lintCompose(ComposeFile file, Supplier<Project> project) {
    Suppressions sup = composeSuppressions(file.source());
    ComposeFile checked = file;
    if (!sup.problems().isEmpty()) {
      List<Problem> problems = new ArrayList<>(file.problems());
      problems.addAll(sup.problems());
      problems.sort(Comparator.comparing(Problem::span).thenComparing(Problem::code));
      checked = new ComposeFile(file.source(), file.root(), List.copyOf(problems));
    }
    // the problems suppressions add do not change the view: it reads only unset variables
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < composeRules.size(); i++) {
      composeRules.get(i).check(new ComposeRuleContext(checked, project, composeMetas.get(i), out));
    }
    List<Finding> kept = new ArrayList<>(sup.filter(out));
    Collections.sort(kept);
    return kept;
  }

  /** What the contexts of Dockerfile and compose rules share: the file, the rule, the findings. */
  private abstract class FileRuleContext implements RuleContext {
    private final SourceText source;
    private final RuleMeta meta;
    private final List<Finding> sink;

    FileRuleContext(SourceText source, RuleMeta meta, List<Finding> sink) {
      this.source = source;
      this.meta = meta;
      this.sink = sink;
    }

    @Override
    public SourceText source() {
      return source;
    }

    @Override
    public RuleOptions options() {
      return policy.options(meta);
    }

    @Override
    public LintSettings settings() {
      return settings;
    }

    @Override
    public void report(Span span, String message) {
      sink.add(finding(meta, source, span, message, Optional.empty()));
    }

    @Override
    public void report(Span span, String message, Fix fix) {
      sink.add(finding(meta, source, span, message, Optional.of(fix)));
    }

    @Override
    public void report(String code, Level level, Span span, String message) {
      underCode(source, meta, code, level, span, message).ifPresent(sink::add);
    }
  }

  /** A rule's finding, with the rule's id and the level the policy gives it. */
  private Finding finding(
      RuleMeta meta, SourceText source, Span span, String message, Optional<Fix> fix) {
    return Finding.at(source, span, meta.id(), policy.level(meta), message, fix);
  }

  private final class ComposeRuleContext extends FileRuleContext implements ComposeContext {
    private final ComposeFile model;
    private final Supplier<Project> project;

    ComposeRuleContext(
        ComposeFile model, Supplier<Project> project, RuleMeta meta, List<Finding> sink) {
      super(model.source(), meta, sink);
      this.model = model;
      this.project = project;
    }

    @Override
    public ComposeFile model() {
      return model;
    }

    @Override
    public Project project() {
      return project.get();
    }
  }

  /**
   * A supplier that computes its value once, on first use (rules of one file run in one thread).
   */
  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  /** Whether any project rule runs, so that the Dockerfiles a compose file builds are needed. */
  public boolean hasProjectRules() {
    return !projectRules.isEmpty() || hasContextRules();
  }

  /**
   * Runs the project rules over a compose project and the Dockerfiles its services build, and the
   * Dockerfile rules that read the build context ({@link BuildContext#CONTEXT_RULES}) over each
   * built Dockerfile with the context its service gives it. Findings may be in any file of the
   * project; each file's suppressions apply to the findings in it.
   */
  public List<Finding> lintProject(ComposeProject project, long maxFileSize) {
    if (projectRules.isEmpty() && !hasContextRules()) {
      return List.of();
    }
    Map<String, Dockerfile> dockerfiles = new java.util.LinkedHashMap<>();
    for (ProjectService s : project.services()) {
      s.build().flatMap(ServiceBuild::parsed).ifPresent(d -> dockerfiles.put(s.name(), d));
    }
    List<Finding> out = new ArrayList<>();
    Map<ProjectFile, Project> views = new java.util.IdentityHashMap<>();
    for (ProjectRule rule : projectRules) {
      rule.check(new ProjectRuleContext(project, dockerfiles, views, rule.meta(), out));
    }
    // a file's suppressions are read when a finding is in it (most projects have none)
    Map<String, Optional<Suppressions>> byFile = new java.util.HashMap<>();
    List<Finding> kept = new ArrayList<>();
    for (Finding f : out) {
      Optional<Suppressions> sup = byFile.get(f.file());
      if (sup == null) {
        sup = suppressionsOf(f.file(), project, dockerfiles);
        byFile.put(f.file(), sup);
      }
      if (sup.isEmpty() || !sup.get().filter(List.of(f)).isEmpty()) {
        kept.add(f);
      }
    }
    kept.addAll(contextFindings(project, maxFileSize));
    Collections.sort(kept);
    return kept;
  }

  /**
   * The suppressions of the project's file of this name: its compose file of that name, else the
   * Dockerfile of that name a service builds; empty when no file of the project has it.
   */
  private Optional<Suppressions> suppressionsOf(
      String name, ComposeProject project, Map<String, Dockerfile> dockerfiles) {
    for (ProjectFile f : project.files()) {
      if (f.source().name().equals(name)) {
        return Optional.of(composeSuppressions(f.source()));
      }
    }
    for (Dockerfile d : dockerfiles.values()) {
      if (d.source().name().equals(name)) {
        return Optional.of(Suppressions.forDockerfile(d, catalog, suppression));
      }
    }
    return Optional.empty();
  }

  private boolean hasContextRules() {
    return !contextRules.isEmpty();
  }

  /**
   * The findings of the context rules on each Dockerfile a service builds, with the service's
   * context, when it is not the Dockerfile's own folder (where linting the file finds them).
   */
  private List<Finding> contextFindings(ComposeProject project, long maxFileSize) {
    List<Finding> out = new ArrayList<>();
    if (!hasContextRules()) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (ProjectService s : project.services()) {
      Optional<ServiceBuild> b = s.build();
      if (b.isEmpty()
          || b.get().parsed().isEmpty()
          || b.get().contextDirectory().isEmpty()
          || b.get().dockerfilePath().isEmpty()) {
        continue;
      }
      Path dir = b.get().contextDirectory().get();
      Path file = b.get().dockerfilePath().get();
      if (dir.equals(file.getParent()) || !seen.add(dir + "\0" + file)) {
        continue;
      }
      BuildContext context = BuildContext.of(Optional.of(dir), Optional.of(file), maxFileSize);
      Dockerfile model = b.get().parsed().get();
      // the context rules alone: the file's other findings are its own lint's, not the project's
      for (Finding f : start(model, context, contextRules, List.of(), null).get()) {
        if (BuildContext.CONTEXT_RULES.contains(f.code())) {
          out.add(f);
        }
      }
    }
    return out;
  }

  private final class ProjectRuleContext implements ProjectContext {
    private final ComposeProject project;
    private final Map<String, Dockerfile> dockerfiles;
    private final Map<ProjectFile, Project> views;
    private final RuleMeta meta;
    private final List<Finding> sink;

    ProjectRuleContext(
        ComposeProject project,
        Map<String, Dockerfile> dockerfiles,
        Map<ProjectFile, Project> views,
        RuleMeta meta,
        List<Finding> sink) {
      this.project = project;
      this.dockerfiles = java.util.Collections.unmodifiableMap(dockerfiles);
      this.views = views;
      this.meta = meta;
      this.sink = sink;
    }

    @Override
    public ComposeProject project() {
      return project;
    }

    @Override
    public Project fileView(ProjectFile file) {
      Project view = views.get(file);
      if (view == null) {
        view = Project.of(file.loaded(), inclusion);
        views.put(file, view);
      }
      return view;
    }

    @Override
    public Map<String, Dockerfile> dockerfiles() {
      return dockerfiles;
    }

    @Override
    public RuleOptions options() {
      return policy.options(meta);
    }

    @Override
    public LintSettings settings() {
      return settings;
    }

    @Override
    public void report(SourceText file, Span span, String message) {
      sink.add(finding(meta, file, span, message, Optional.empty()));
    }

    @Override
    public void report(SourceText file, Span span, String message, Fix fix) {
      sink.add(finding(meta, file, span, message, Optional.of(fix)));
    }

    @Override
    public void report(String code, Level level, SourceText file, Span span, String message) {
      underCode(file, meta, code, level, span, message).ifPresent(sink::add);
    }
  }

  /** Parses and lints one Dockerfile; findings sorted. */
  public List<Finding> lintDockerfile(SourceText source) {
    return lintDockerfile(parseDockerfile(source));
  }

  /** Parses a Dockerfile within this linter's token limit. */
  public Dockerfile parseDockerfile(SourceText source) {
    return DockerfileParsing.parse(source, settings.maxDockerfileTokens());
  }

  public List<Finding> lintDockerfile(Dockerfile model) {
    return lintDockerfile(model, BuildContext.NONE);
  }

  /** Lints a parsed Dockerfile whose rules see {@code context}; findings sorted. */
  public List<Finding> lintDockerfile(Dockerfile model, BuildContext context) {
    return startDockerfile(model, context).get();
  }

  /**
   * Runs the rules over a parsed Dockerfile and returns what completes the lint: the work rules
   * started ({@link DockerfileRule#start}) may still be running, and {@link Pending#get} waits for
   * it, applies the suppressions and gives the sorted findings. It may be called later and on
   * another thread, once; or {@link Pending#cancel} calls the started work off instead.
   */
  public Pending<List<Finding>> startDockerfile(Dockerfile model, BuildContext context) {
    return start(model, context, dockerfileRules, dormantExperimental, unusedSuppression);
  }

  /**
   * {@link #startDockerfile} with these running rules, these dormant experimental ones, and the
   * rule that reports unused suppressions (null: none are reported).
   */
  private Pending<List<Finding>> start(
      Dockerfile model,
      BuildContext context,
      List<DockerfileRule> rules,
      List<DockerfileRule> dormant,
      RuleMeta unusedRule) {
    Suppressions sup = Suppressions.forDockerfile(model, catalog, suppression);
    Dockerfile checked = withProblems(model, sup.problems());
    List<ShellOverride> shells =
        sup.shellPragmas().stream().map(p -> new ShellOverride(p.line(), p.shell())).toList();
    List<Finding> out = new ArrayList<>();
    Set<String> ran = new HashSet<>();
    Derived derived = new Derived(checked);
    List<DockerfileRule.Started> started = new ArrayList<>();
    Set<DockerfileRule> early = new HashSet<>();
    for (DockerfileRule rule : rules) {
      Optional<DockerfileRule.Started> s =
          rule.start(
              new DockerfileRuleContext(checked, rule.meta(), out, shells, context, derived));
      if (s.isPresent()) {
        started.add(s.get());
        early.add(rule);
      }
    }
    for (DockerfileRule rule : rules) {
      RuleMeta meta = rule.meta();
      ran.add(meta.id());
      if (!early.contains(rule)) {
        rule.check(new DockerfileRuleContext(checked, meta, out, shells, context, derived));
      }
    }
    for (DockerfileRule rule : dormant) {
      RuleMeta meta = rule.meta();
      if (!sup.enablesExperimental(meta)) {
        continue;
      }
      ran.add(meta.id());
      List<Finding> found = new ArrayList<>();
      rule.check(new DockerfileRuleContext(checked, meta, found, shells, context, derived));
      for (Finding f : found) {
        if (sup.keepsExperimental(meta, f)) {
          out.add(f);
        }
      }
    }
    derived.release();
    return new Pending<>() {
      @Override
      public List<Finding> get() {
        for (DockerfileRule.Started s : started) {
          s.finish();
        }
        Suppressions.Outcome outcome = sup.apply(out);
        List<Finding> kept = new ArrayList<>(outcome.kept());
        if (unusedRule != null) {
          List<Finding> unused =
              sup.unusedFindings(
                  model.source(), outcome.unused(), ran, unusedRule.id(), policy.level(unusedRule));
          kept.addAll(sup.filter(unused));
        }
        Collections.sort(kept);
        return kept;
      }

      @Override
      public void cancel() {
        for (DockerfileRule.Started s : started) {
          s.cancel();
        }
      }
    };
  }

  private static Dockerfile withProblems(Dockerfile model, List<Problem> extra) {
    if (extra.isEmpty()) {
      return model;
    }
    List<Problem> problems = new ArrayList<>(model.problems());
    problems.addAll(extra);
    problems.sort(Comparator.comparing(Problem::span).thenComparing(Problem::code));
    return new Dockerfile(
        model.source(),
        model.escape(),
        model.directives(),
        model.comments(),
        model.instructions(),
        List.copyOf(problems),
        model.preamble(),
        model.stages());
  }

  /** What rules derive from a Dockerfile, computed once per file when the first rule asks. */
  private final class Derived {
    private final Dockerfile model;
    private StageEnvironment environment;
    private StageGraph graph;
    private ShellFacts facts;

    Derived(Dockerfile model) {
      this.model = model;
    }

    StageEnvironment environment() {
      if (environment == null) {
        environment =
            StageEnvironment.evaluate(
                model,
                Map.of(),
                settings.maxExpansionBytes(),
                StageEnvironment.DEFAULT_MAX_SUBSTITUTIONS);
      }
      return environment;
    }

    ShellFacts facts() {
      if (facts == null) {
        facts = ShellFacts.of(model, settings.maxExpansionBytes());
      }
      return facts;
    }

    StageGraph graph() {
      if (graph == null) {
        graph = environment().stageGraph(model);
      }
      return graph;
    }

    /**
     * Drops what was worked out, once the rules have checked the file: a file whose started work
     * (ShellCheck) is still running then holds no shell model while it waits. Asked again, it is
     * worked out again.
     */
    void release() {
      environment = null;
      graph = null;
      facts = null;
    }
  }

  private final class DockerfileRuleContext extends FileRuleContext implements DockerfileContext {
    private final Dockerfile model;
    private final List<ShellOverride> shells;
    private final BuildContext context;
    private final Derived derived;

    DockerfileRuleContext(
        Dockerfile model,
        RuleMeta meta,
        List<Finding> sink,
        List<ShellOverride> shells,
        BuildContext context,
        Derived derived) {
      super(model.source(), meta, sink);
      this.model = model;
      this.shells = shells;
      this.context = context;
      this.derived = derived;
    }

    @Override
    public ShellFacts shells() {
      return derived.facts();
    }

    @Override
    public StageEnvironment environment() {
      return derived.environment();
    }

    @Override
    public StageGraph stageGraph() {
      return derived.graph();
    }

    @Override
    public Optional<Path> buildContext() {
      return context.directory();
    }

    @Override
    public Optional<DockerIgnore> dockerignore() {
      return context.dockerignore();
    }

    @Override
    public List<ShellOverride> shellOverrides() {
      return shells;
    }

    @Override
    public Dockerfile model() {
      return model;
    }
  }
}
