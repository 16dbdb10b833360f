package dev.berth.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.cli.CliRunner;
import dev.berth.compose.parser.ComposeEnvironment;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.DotEnv;
import dev.berth.compose.parser.DotEnvFile;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.ModelInvariants;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.engine.fix.DockerfileRelinter;
import dev.berth.engine.fix.FixMeaning;
import dev.berth.engine.fix.FixResult;
import dev.berth.engine.fix.Fixer;
import dev.berth.engine.fix.Relinter;
import dev.berth.report.JsonTree;
import dev.berth.report.XmlParse;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;

/**
 * The whole lint pipeline, rules and suppressions included, on Dockerfiles and compose files, in
 * process and through the command line.
 *
 * <p>Every finding has a span inside the file, 1-based positions derived from it, an end not before
 * its start, and the findings are sorted. For Dockerfiles, {@code --fix} either finds nothing to
 * fix or converges; the fixed bytes have no syntax problem the original did not have, keep the
 * model's span promises, mean the same to BuildKit, and fixing them again changes nothing. The
 * command line never fails with an internal error (an unknown rule in {@code --enable} is a usage
 * error, exit 2), its JSON, SARIF, Code Climate, Checkstyle and JUnit output always parses, and
 * {@code --fix-dry-run} prints a diff or nothing.
 */
class LintPipelineFuzzTest {
  private static final List<Rule> RULES = BuiltinRules.all();

  /** Every rule on, those off by default (DL1001, the unused-suppression rule) included. */
  private static final Linter ALL_RULES =
      new Linter(
          RULES,
          new RulePolicy(
              Set.of(),
              RULES.stream().map(r -> r.meta().id()).collect(Collectors.toSet()),
              Map.of(),
              Map.of()),
          LintSettings.DEFAULTS);

  private static final Linter DEFAULTS =
      new Linter(RULES, RulePolicy.DEFAULTS, LintSettings.DEFAULTS);

  private static final String[] FORMATS = {
    "tty", "gnu", "json", "sarif", "checkstyle", "codeclimate", "junit", "github"
  };

  @Timeout(20)
  @FuzzTest(maxDuration = "10m")
  void dockerfile(byte[] data) {
    lintDockerfile(data, DEFAULTS);
  }

  @Timeout(20)
  @FuzzTest(maxDuration = "10m")
  void dockerfileStructured(FuzzedDataProvider data) {
    Linter linter = data.consumeBoolean() ? DEFAULTS : ALL_RULES;
    lintDockerfile(DockerfileGen.dockerfile(data).getBytes(StandardCharsets.UTF_8), linter);
  }

  @Timeout(20)
  @FuzzTest(maxDuration = "10m")
  void compose(byte[] data) {
    lintCompose(data, ComposeLoadOptions.defaults());
  }

  @Timeout(20)
  @FuzzTest(maxDuration = "10m")
  void composeStructured(FuzzedDataProvider data) {
    byte[] env = data.consumeBytes(data.consumeInt(0, 200));
    String yaml = ComposeGen.compose(data);
    SourceText envSource = SourceText.of(".env", env);
    DotEnvFile dotEnv = DotEnv.parse(envSource, Map.of("HOME", "/root"));
    Oracles.problems(dotEnv.problems(), envSource, ".env");
    ComposeEnvironment environment = ComposeEnvironment.of(Map.of("HOME", "/root"), dotEnv);
    lintCompose(
        yaml.getBytes(StandardCharsets.UTF_8),
        ComposeLoadOptions.defaults().withEnvironment(environment));
  }

  @Timeout(30)
  @FuzzTest(maxDuration = "10m")
  void cli(FuzzedDataProvider data) throws IOException {
    boolean compose = data.consumeBoolean();
    String format = data.pickValue(FORMATS);
    List<String> args = new ArrayList<>(List.of("lint", "--no-color", "-j", "1", "-f", format));
    args.add("--stdin-filename");
    args.add(compose ? "compose.yaml" : "Dockerfile");
    boolean dryRun = !compose && data.consumeBoolean();
    if (dryRun) {
      args.add("--fix-dry-run");
    }
    boolean unknownRule = false;
    if (data.consumeInt(0, 3) == 0) {
      args.add("--enable");
      String rule = data.pickValue(new String[] {"DL1001", "UnusedSuppression", "no-such-rule"});
      unknownRule = rule.equals("no-such-rule");
      args.add(rule);
    }
    args.add("-");
    String env = data.consumeString(data.consumeInt(0, 120));
    byte[] file;
    if (data.consumeBoolean()) {
      file = data.consumeRemainingAsBytes();
    } else {
      String text = compose ? ComposeGen.compose(data) : DockerfileGen.dockerfile(data);
      file = text.getBytes(StandardCharsets.UTF_8);
    }
    Path dir = Files.createTempDirectory("berth-fuzz");
    try {
      if (compose && !env.isEmpty()) {
        Files.writeString(dir.resolve(".env"), env);
      }
      CliRunner.Run run = CliRunner.run(dir, file, Map.of(), args.toArray(String[]::new));
      String what = "berth " + String.join(" ", args) + " exited " + run.exit() + "\n" + run.err();
      if (unknownRule) {
        // a usage error, whatever the file holds
        Oracles.check(run.exit() == 2 && run.err().contains("unknown rule 'no-such-rule'"), what);
        Oracles.check(run.out().isEmpty(), "output after a usage error: " + what);
        return;
      }
      Oracles.check(run.exit() == 0 || run.exit() == 1, what);
      Oracles.check(!run.err().contains("berth: internal error"), what);
      Oracles.noInternalError(run.out(), what);
      if (dryRun) {
        Oracles.check(
            run.out().isEmpty() || run.out().startsWith("--- "),
            "--fix-dry-run prints no diff: " + what);
      } else {
        parses(format, run.out());
      }
    } finally {
      deleteTree(dir);
    }
  }

  static void lintDockerfile(byte[] bytes, Linter linter) {
    SourceText source = SourceText.of("Dockerfile", bytes);
    Dockerfile model = DockerfileParsing.parse(source);
    List<Finding> findings = linter.lintDockerfile(model);
    Oracles.findings(findings, source);

    Relinter relinter = DockerfileRelinter.of(linter, RULES, "Dockerfile");
    FixResult r = new Fixer().fix(bytes, relinter);
    Oracles.check(
        r.status() != FixResult.Status.FIX_BREAKS_PARSE,
        "fixes by " + r.suspectRules() + " break the file: " + r.introducedProblems());
    Oracles.check(
        r.status() != FixResult.Status.NOT_CONVERGED,
        "fixes do not converge after " + r.passes() + " passes: " + r.fixedByRule());
    SourceText fixedSource = SourceText.of("Dockerfile", r.bytes());
    Oracles.findings(r.remaining(), fixedSource);
    if (!r.changed()) {
      return;
    }
    Dockerfile fixed = DockerfileParsing.parse(fixedSource);
    Map<String, Long> before = errors(model.problems());
    Map<String, Long> after = errors(fixed.problems());
    after.forEach(
        (code, n) ->
            Oracles.check(
                n <= before.getOrDefault(code, 0L),
                "the fixed file has "
                    + n
                    + " "
                    + code
                    + " errors, the original "
                    + before.getOrDefault(code, 0L)));
    List<String> broken = ModelInvariants.check(fixed);
    Oracles.check(broken.isEmpty(), "fixed file's model invariants: " + broken);
    String difference = FixMeaning.difference(model, fixed);
    Oracles.check(difference == null, "the fix changed the meaning: " + difference);
    FixResult again = new Fixer().fix(r.bytes(), relinter);
    Oracles.check(
        again.status() == FixResult.Status.NOTHING_TO_FIX
            && Arrays.equals(again.bytes(), r.bytes()),
        "fixing the fixed file changes it again: " + again.status() + " " + again.fixedByRule());
  }

  static void lintCompose(byte[] bytes, ComposeLoadOptions options) {
    SourceText source = SourceText.of("compose.yaml", bytes);
    List<Finding> findings = ALL_RULES.lintCompose(source, options);
    Oracles.findings(findings, source);
  }

  private static Map<String, Long> errors(List<Problem> problems) {
    Map<String, Long> out = new TreeMap<>();
    for (Problem p : problems) {
      if (p.level() == Level.ERROR) {
        out.merge(p.code(), 1L, Long::sum);
      }
    }
    return out;
  }

  private static void parses(String format, String out) {
    try {
      switch (format) {
        case "json", "sarif", "codeclimate" -> JsonTree.parse(out);
        case "checkstyle", "junit" -> XmlParse.parse(out);
        default -> {}
      }
    } catch (IOException e) {
      throw new AssertionError(
          format + " output does not parse: " + e.getMessage() + "\n" + out, e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
