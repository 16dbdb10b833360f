package dev.berth.rules;

import dev.berth.ShellCheckInstalled;
import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.engine.ComposeSettings;
import dev.berth.engine.FileType;
import dev.berth.engine.Limits;
import dev.berth.engine.LintRunner;
import dev.berth.engine.LintTarget;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.engine.fix.ComposeRelinter;
import dev.berth.engine.fix.DockerfileRelinter;
import dev.berth.engine.fix.FixResult;
import dev.berth.engine.fix.Fixer;
import dev.berth.engine.fix.Relinter;
import dev.berth.engine.suppress.SuppressionOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Lints a fixture with the rules it names and compares the findings with its expectations. */
final class FixtureRunner {
  private FixtureRunner() {}

  record Outcome(List<Finding> unexpected, List<Fixture.Expectation> unmet, List<Finding> all) {
    boolean passed() {
      return unexpected.isEmpty() && unmet.isEmpty();
    }
  }

  /** The rule ids a fixture runs: from its header, or from its file name. */
  static Set<String> ruleIds(Fixture f) {
    String rules = f.header().get("rules");
    if (rules != null) {
      return new HashSet<>(Arrays.asList(rules.split(",")));
    }
    String base = f.name().substring(f.name().lastIndexOf('/') + 1);
    int cut = base.length();
    for (String sep : new String[] {"_", "."}) {
      int i = base.indexOf(sep);
      if (i > 0) {
        cut = Math.min(cut, i);
      }
    }
    return Set.of(base.substring(0, cut));
  }

  /** Every rule a fixture's linter knows: the built-in ones and test-only ones. */
  private static List<Rule> known(List<Rule> extraRules) {
    List<Rule> known = new ArrayList<>(BuiltinRules.all());
    known.addAll(extraRules);
    return known;
  }

  /** The rules a fixture runs. */
  static List<Rule> rules(Fixture f, List<Rule> extraRules) {
    Set<String> ids = ruleIds(f);
    List<Rule> rules = known(extraRules).stream().filter(r -> ids.contains(r.meta().id())).toList();
    if (rules.size() != ids.size()) {
      throw new IllegalArgumentException(f.name() + ": unknown rule among " + ids);
    }
    return rules;
  }

  /**
   * A linter for a fixture: every rule is given to it (so that suppressions know them all), and
   * those the fixture does not name are switched off by the policy.
   */
  private static Linter linter(Fixture f, List<Rule> extraRules) {
    Set<String> ids = ruleIds(f);
    List<Rule> known = known(extraRules);
    List<Rule> rules = rules(f, extraRules);
    Set<String> others = new HashSet<>();
    for (Rule r : known) {
      String id = r.meta().id();
      if (!ids.contains(id) && rules.stream().noneMatch(x -> x.meta().isNamed(id))) {
        others.add(id);
      }
    }
    RulePolicy policy = new RulePolicy(others, ids, Map.of(), ruleOptions(f, ids));
    SuppressionOptions options =
        new SuppressionOptions(
            "yes".equals(f.header().get("disable-ignore-pragma")),
            Optional.ofNullable(f.header().get("buildkit-check")));
    LintSettings settings =
        configured(f)
            .withLimits(
                header(f, "max-heredoc-size", LintSettings.DEFAULT_MAX_HEREDOC_BYTES),
                header(f, "max-expansion-size", LintSettings.DEFAULT_MAX_EXPANSION_BYTES),
                header(f, "max-dockerfile-tokens", LintSettings.DEFAULT_MAX_DOCKERFILE_TOKENS))
            .withShellcheck(ShellCheckInstalled.tool())
            .withBuildContext(buildContext(f));
    return new Linter(known, policy, settings, options);
  }

  /**
   * The settings of the headers {@code trusted-registries=A,B}, {@code label-schema=NAME:TYPE,...}
   * and {@code strict-labels=yes}.
   */
  private static LintSettings configured(Fixture f) {
    List<String> registries = list(f.header().get("trusted-registries"));
    Map<String, String> schema = new java.util.LinkedHashMap<>();
    for (String entry : list(f.header().get("label-schema"))) {
      int colon = entry.indexOf(':');
      schema.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    boolean strict = "yes".equals(f.header().get("strict-labels"));
    return new LintSettings(registries, schema, strict, Optional.empty());
  }

  /**
   * The header {@code options=KEY:VALUE;KEY:VALUE} gives these options to the fixture's rules;
   * {@code true} and {@code false} are booleans, values with {@code |} lists.
   */
  private static Map<String, dev.berth.api.RuleOptions> ruleOptions(Fixture f, Set<String> ids) {
    String given = f.header().get("options");
    if (given == null) {
      return Map.of();
    }
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (String kv : given.split(";")) {
      int colon = kv.indexOf(':');
      String v = kv.substring(colon + 1);
      Object value =
          v.equals("true") || v.equals("false")
              ? (Object) Boolean.valueOf(v)
              : v.contains("|") ? List.of(v.split("\\|")) : v;
      values.put(kv.substring(0, colon), value);
    }
    Map<String, dev.berth.api.RuleOptions> out = new java.util.HashMap<>();
    for (String id : ids) {
      out.put(id, new dev.berth.api.RuleOptions(values));
    }
    return out;
  }

  private static List<String> list(String commaSeparated) {
    return commaSeparated == null || commaSeparated.isEmpty()
        ? List.of()
        : List.of(commaSeparated.split(","));
  }

  private static int header(Fixture f, String key, int fallback) {
    return Integer.parseInt(f.header().getOrDefault(key, Integer.toString(fallback)));
  }

  /**
   * The build context folder a fixture file lies in, when it is one: a fixture {@code NAME.EXT}
   * whose folder {@code NAME.context/} sits beside it is linted with that folder as its build
   * context (and so its {@code .dockerignore}); the files in such a folder are not fixtures.
   */
  static Optional<Path> contextOf(Path relative) {
    for (Path p = relative.getParent(); p != null; p = p.getParent()) {
      if (p.getFileName().toString().endsWith(".context")) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The build context of a fixture: the folder its {@code context=DIR} header names (relative to
   * the fixtures folder), else the folder {@code NAME.context/} beside it, if there is one.
   */
  static Optional<Path> buildContext(Fixture f) {
    String given = f.header().get("context");
    if (given != null) {
      return Optional.of(RuleFixturesTest.ROOT.resolve(given).toAbsolutePath());
    }
    String name = f.name();
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    Path folder =
        RuleFixturesTest.ROOT.resolve((dot > slash ? name.substring(0, dot) : name) + ".context");
    return Files.isDirectory(folder) ? Optional.of(folder.toAbsolutePath()) : Optional.empty();
  }

  /** What the fixer needs to re-lint the fixture's content with the fixture's rules. */
  static Relinter relinter(Fixture f, FileType type) {
    if (type == FileType.COMPOSE) {
      Linter linter = linter(f, List.of());
      return ComposeRelinter.of(
          f.name(),
          ComposeLoadOptions.defaults(),
          linter::lintCompose,
          DockerfileRelinter.parseErrorRuleIds(rules(f, List.of())));
    }
    return DockerfileRelinter.of(linter(f, List.of()), rules(f, List.of()), f.name());
  }

  /** Applies the fixes of the fixture's findings with the real fixer. */
  static FixResult fix(Fixture f, FileType type) {
    return new Fixer().fix(f.bytes(), relinter(f, type));
  }

  static Outcome run(Fixture f, FileType type) {
    return run(f, type, List.of());
  }

  /** Runs a fixture with test-only rules available besides the built-in ones. */
  static Outcome run(Fixture f, FileType type, List<Rule> extraRules) {
    Linter linter = linter(f, extraRules);
    long maxSize =
        Long.parseLong(
            f.header()
                .getOrDefault("max-file-size", Long.toString(LintRunner.DEFAULT_MAX_FILE_SIZE)));
    LintRunner runner =
        new LintRunner(linter, maxSize, 1)
            .withLimits(
                Limits.DEFAULTS
                    .withMaxFileSize(maxSize)
                    .withMaxFindingsPerFile(
                        header(f, "max-findings-per-file", Limits.DEFAULT_MAX_FINDINGS_PER_FILE)));
    // A fixture ending in .env is the .env file of a minimal compose file; its findings are the
    // .env file's. Compose files see an empty environment and a project folder of their own.
    boolean envFixture = f.name().endsWith(".env");
    Path project;
    try {
      project = Files.createTempDirectory("berth-fixture");
      if (envFixture) {
        Files.write(project.resolve(".env"), f.bytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    runner.withCompose(new ComposeSettings(Map.of(), Optional.of(project), Optional.empty()));
    byte[] input = envFixture ? "services: {}\n".getBytes(StandardCharsets.UTF_8) : f.bytes();
    String name = envFixture ? "compose.yaml" : f.name();
    LintTarget target = new LintTarget(Optional.empty(), name, type, true);
    LintRunner.Outcome outcome;
    try {
      outcome = runner.run(List.of(target), new ByteArrayInputStream(input));
    } finally {
      try {
        Files.deleteIfExists(project.resolve(".env"));
        Files.deleteIfExists(project);
      } catch (IOException e) {
        // a temporary folder left behind; harmless
      }
    }
    if (!outcome.errors().isEmpty()) {
      throw new IllegalStateException(outcome.errors().toString());
    }
    List<Finding> findings = new ArrayList<>();
    for (FileResult r : outcome.results()) {
      if (!envFixture || r.file().equals(".env")) {
        findings.addAll(r.findings());
      }
    }
    List<Finding> unexpected = new ArrayList<>(findings);
    List<Fixture.Expectation> unmet = new ArrayList<>();
    for (Fixture.Expectation e : f.expectations()) {
      Optional<Finding> match =
          unexpected.stream()
              .filter(x -> x.code().equals(e.id()))
              .filter(x -> x.start().line() == e.line() && x.start().column() == e.column())
              .filter(x -> e.messagePart() == null || x.message().contains(e.messagePart()))
              .findFirst();
      if (match.isPresent()) {
        unexpected.remove(match.get());
      } else {
        unmet.add(e);
      }
    }
    return new Outcome(unexpected, unmet, findings);
  }

  /** The fixture with the actual findings inlined, for failure messages. */
  static String annotated(Fixture f, Outcome o) {
    String[] lines =
        new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
    StringBuilder sb = new StringBuilder("\n--- " + f.name() + " ---\n");
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      for (Finding x : o.all()) {
        if (x.start().line() == line) {
          sb.append(
              String.format(
                  "      # got: %s @%d:%d \"%s\"%n",
                  x.code(), line, x.start().column(), x.message()));
        }
      }
      sb.append(String.format("%4d  %s%n", line, lines[i]));
    }
    for (Fixture.Expectation e : o.unmet()) {
      sb.append("unmet: ")
          .append(e.describe())
          .append(" (marker on line ")
          .append(e.markerLine())
          .append(")\n");
    }
    for (Finding x : o.unexpected()) {
      sb.append("unexpected: ")
          .append(x.code())
          .append(" @")
          .append(x.start())
          .append(" ")
          .append(x.message())
          .append('\n');
    }
    return sb.toString();
  }
}
