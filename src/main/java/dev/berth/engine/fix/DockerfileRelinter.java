package dev.berth.engine.fix;

import dev.berth.api.Category;
import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.engine.Linter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The {@link Relinter} of a Dockerfile: parse with berth's parser, then lint the model. */
public final class DockerfileRelinter {
  private DockerfileRelinter() {}

  /**
   * Lints with {@code linter} alone (no suppressions). {@code rules} are the rules the linter was
   * made with; see {@link #parseErrorRuleIds} for which of their findings count as parse errors.
   */
  public static Relinter of(Linter linter, Collection<? extends Rule> rules, String name) {
    return of(name, linter::lintDockerfile, parseErrorRuleIds(rules));
  }

  /**
   * Lints with any function of the parsed model, typically the linter followed by suppressions:
   * {@code model -> suppressions.apply(model, linter.lintDockerfile(model))}. The file's syntax
   * problems are those the parser recorded plus the findings whose code is in {@code
   * parseErrorRuleIds} (as errors, whatever level the user gave them).
   */
  public static Relinter of(
      String name, Function<Dockerfile, List<Finding>> lint, Set<String> parseErrorRuleIds) {
    return of(name, DockerfileParsing::parse, lint, parseErrorRuleIds);
  }

  /** Like {@link #of(String, Function, Set)}, parsing with {@code parse} (a parser with limits). */
  public static Relinter of(
      String name,
      Function<SourceText, Dockerfile> parse,
      Function<Dockerfile, List<Finding>> lint,
      Set<String> parseErrorRuleIds) {
    Set<String> parseErrors = Set.copyOf(parseErrorRuleIds);
    return bytes -> {
      Dockerfile model = parse.apply(SourceText.of(name, bytes));
      List<Finding> findings = lint.apply(model);
      List<Problem> problems = new ArrayList<>(model.problems());
      for (Finding f : findings) {
        if (parseErrors.contains(f.code()) && !reported(model, f)) {
          problems.add(new Problem(f.code(), Level.ERROR, f.span(), f.message()));
        }
      }
      return new Relinter.Linted(findings, problems);
    };
  }

  /**
   * The ids of the syntax-category rules whose default level is error: their findings mean the file
   * does not parse. The default level is used, not the configured one, so that whether a file
   * parses does not depend on {@code --warning ID}.
   */
  public static Set<String> parseErrorRuleIds(Collection<? extends Rule> rules) {
    Set<String> out = new HashSet<>();
    for (Rule r : rules) {
      RuleMeta m = r.meta();
      if (m.category() == Category.SYNTAX && m.level() == Level.ERROR) {
        out.add(m.id());
      }
    }
    return out;
  }

  /** Whether the finding only repeats a problem the parser recorded. */
  private static boolean reported(Dockerfile model, Finding f) {
    for (Problem p : model.problems()) {
      if (p.code().equals(f.code()) && p.span().equals(f.span())) {
        return true;
      }
    }
    return false;
  }
}
