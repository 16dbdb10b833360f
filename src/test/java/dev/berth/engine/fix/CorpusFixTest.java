package dev.berth.engine.fix;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.engine.FileType;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real Dockerfile of the corpus, fixed with every built-in rule: the fixer finishes, a second
 * run finds nothing to do, and the fixed file means the same to BuildKit, instruction by
 * instruction (same instructions; same ENV and LABEL values after BuildKit's word processing;
 * MAINTAINER text in a maintainer label; everything else equal but for keyword case). Files where a
 * rule fixed a command on purpose (adding {@code -y}, {@code --progress=dot:giga}...) are checked
 * for everything but the meaning.
 */
class CorpusFixTest {
  private static final Set<String> FIXABLE =
      Set.of("ConsistentInstructionCasing", "DL4000", "FromAsCasing", "LegacyKeyValueFormat");

  @Test
  void fixingTheCorpusKeepsEveryFileMeaningTheSame() throws IOException {
    Path root = SharedData.require("corpus/dockerfiles");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> FileType.detect(p.getFileName().toString()).isPresent())
              .sorted()
              .toList();
    }
    List<Rule> rules = BuiltinRules.all();
    Linter linter = new Linter(rules, RulePolicy.DEFAULTS, LintSettings.DEFAULTS);
    Map<FixResult.Status, Integer> statuses = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> unfixed = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Path p : files) {
      byte[] original = Files.readAllBytes(p);
      Relinter relinter = DockerfileRelinter.of(linter, rules, p.toString());
      FixResult r = new Fixer().fix(original, relinter);
      statuses.merge(r.status(), 1, Integer::sum);
      r.remaining().stream()
          .filter(f -> f.fix().isEmpty() && FIXABLE.contains(f.code()))
          .forEach(f -> unfixed.merge(f.code(), 1, Integer::sum));
      r.fixedByRule().forEach((k, v) -> byRule.merge(k, v, Integer::sum));
      if (r.status() == FixResult.Status.FIX_BREAKS_PARSE
          || r.status() == FixResult.Status.NOT_CONVERGED) {
        failures.add(p + ": " + r.status() + " " + r.introducedProblems() + " " + r.suspectRules());
        continue;
      }
      if (!r.changed()) {
        continue;
      }
      FixResult again = new Fixer().fix(r.bytes(), relinter);
      if (again.status() != FixResult.Status.NOTHING_TO_FIX
          || !Arrays.equals(again.bytes(), r.bytes())) {
        failures.add(p + ": a second run still fixes " + again.fixedByRule());
      }
      if (!FIXABLE.containsAll(r.fixedByRule().keySet())) {
        continue; // a fix that adds an option to a command changes what it does, on purpose
      }
      String difference = FixMeaning.difference(parse(p, original), parse(p, r.bytes()));
      if (difference != null) {
        failures.add(p + ": " + difference);
      }
    }
    System.out.println(
        "corpus fix: " + statuses + ", fixes " + byRule + ", left without a fix " + unfixed);
    assertTrue(
        failures.isEmpty(),
        () -> String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
  }

  private static Dockerfile parse(Path p, byte[] bytes) {
    return DockerfileParsing.parse(SourceText.of(p.toString(), bytes));
  }
}
