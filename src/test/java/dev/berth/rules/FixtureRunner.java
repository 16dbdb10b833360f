package dev.berth.rules;

import dev.berth.api.LintSettings;
import dev.berth.api.Rule;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.engine.FileType;
import dev.berth.engine.LintRunner;
import dev.berth.engine.LintTarget;
import dev.berth.engine.Linter;
import dev.berth.engine.RulePolicy;
import dev.berth.engine.suppress.SuppressionOptions;
import java.io.ByteArrayInputStream;
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

  static Outcome run(Fixture f, FileType type) {
    return run(f, type, List.of());
  }

  /** Runs a fixture with test-only rules available besides the built-in ones. */
  static Outcome run(Fixture f, FileType type, List<Rule> extraRules) {
    Set<String> ids = ruleIds(f);
    List<Rule> known = new ArrayList<>(BuiltinRules.all());
    known.addAll(extraRules);
    List<Rule> rules = known.stream().filter(r -> ids.contains(r.meta().id())).toList();
    if (rules.size() != ids.size()) {
      throw new IllegalArgumentException(f.name() + ": unknown rule among " + ids);
    }
    // Every rule is given to the linter (so that suppressions know them all); the others are
    // switched off by the policy.
    Set<String> others = new HashSet<>();
    for (Rule r : known) {
      String id = r.meta().id();
      if (!ids.contains(id) && rules.stream().noneMatch(x -> x.meta().isNamed(id))) {
        others.add(id);
      }
    }
    RulePolicy policy = new RulePolicy(others, ids, Map.of(), Map.of());
    SuppressionOptions options =
        new SuppressionOptions(
            "yes".equals(f.header().get("disable-ignore-pragma")),
            Optional.ofNullable(f.header().get("buildkit-check")));
    Linter linter = new Linter(known, policy, LintSettings.DEFAULTS, options);
    long maxSize = Long.parseLong(f.header().getOrDefault("max-file-size", Long.toString(LintRunner.DEFAULT_MAX_FILE_SIZE)));
    LintRunner runner = new LintRunner(linter, maxSize, 1);
    LintTarget target = new LintTarget(Optional.empty(), f.name(), type);
    LintRunner.Outcome outcome = runner.run(List.of(target), new ByteArrayInputStream(f.bytes()));
    if (!outcome.errors().isEmpty()) {
      throw new IllegalStateException(outcome.errors().toString());
    }
    List<Finding> findings = new ArrayList<>();
    for (FileResult r : outcome.results()) {
      findings.addAll(r.findings());
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
    String[] lines = new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
    StringBuilder sb = new StringBuilder("\n--- " + f.name() + " ---\n");
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      for (Finding x : o.all()) {
        if (x.start().line() == line) {
          sb.append(String.format("      # got: %s @%d:%d \"%s\"%n", x.code(), line, x.start().column(), x.message()));
        }
      }
      sb.append(String.format("%4d  %s%n", line, lines[i]));
    }
    for (Fixture.Expectation e : o.unmet()) {
      sb.append("unmet: ").append(e.describe()).append(" (marker on line ").append(e.markerLine()).append(")\n");
    }
    for (Finding x : o.unexpected()) {
      sb.append("unexpected: ").append(x.code()).append(" @").append(x.start()).append(" ").append(x.message()).append('\n');
    }
    return sb.toString();
  }
}
