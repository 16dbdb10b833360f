package dev.berth.engine.fix;

import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses and lints the bytes of one file, whatever its type. The fixer calls it on the original
 * bytes and again after every pass, so it must give the findings the user would see (suppressions
 * and level overrides applied) and the file's syntax problems.
 */
@FunctionalInterface
public interface Relinter {
  Linted lint(byte[] bytes);

  /**
   * What linting some bytes gave: the findings, with their fixes and spans into those bytes, and
   * the syntax problems (what the parser recorded, plus error-level findings of syntax rules).
   */
  record Linted(List<Finding> findings, List<Problem> syntaxProblems) {
    public Linted {
      findings = List.copyOf(findings);
      syntaxProblems = List.copyOf(syntaxProblems);
    }

    /** Whether the file does not parse: a syntax problem at level error. */
    public boolean hasParseError() {
      return syntaxProblems.stream().anyMatch(p -> p.level() == Level.ERROR);
    }

    /**
     * The syntax problems of {@code later} (the same file after edits) that this one did not have.
     * Spans move when text is edited, so problems are compared by code, level and message, counting
     * repeats.
     */
    public List<Problem> problemsAddedIn(Linted later) {
      Map<ProblemKey, Integer> budget = new HashMap<>();
      for (Problem p : syntaxProblems) {
        budget.merge(ProblemKey.of(p), 1, Integer::sum);
      }
      List<Problem> out = new ArrayList<>();
      for (Problem p : later.syntaxProblems) {
        ProblemKey k = ProblemKey.of(p);
        int left = budget.getOrDefault(k, 0);
        if (left > 0) {
          budget.put(k, left - 1);
        } else {
          out.add(p);
        }
      }
      return out;
    }

    private record ProblemKey(String code, Level level, String message) {
      static ProblemKey of(Problem p) {
        return new ProblemKey(p.code(), p.level(), p.message());
      }
    }
  }
}
