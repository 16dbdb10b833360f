package dev.berth.engine.fix;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.compose.schema.ComposeSchemaValidation;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link Relinter} of a compose file: load, interpolate and validate with berth's loader, then
 * lint. Syntax problems are the loader's and validator's error problems, plus findings of the given
 * syntax rules.
 */
public final class ComposeRelinter {
  private ComposeRelinter() {}

  /**
   * Lints with any function of the loaded file, typically the linter with its suppressions ({@code
   * linter::lintCompose}).
   */
  public static Relinter of(
      String name,
      ComposeLoadOptions options,
      Function<ComposeFile, List<Finding>> lint,
      Set<String> parseErrorRuleIds) {
    Set<String> parseErrors = Set.copyOf(parseErrorRuleIds);
    return bytes -> {
      ComposeFile file =
          ComposeSchemaValidation.validate(
              ComposeLoading.load(SourceText.of(name, bytes), options));
      List<Finding> findings = lint.apply(file);
      List<Problem> problems = new ArrayList<>();
      for (Problem p : file.problems()) {
        if (p.level() == Level.ERROR && parseErrors.contains(p.code())) {
          problems.add(p);
        }
      }
      for (Finding f : findings) {
        if (parseErrors.contains(f.code())
            && problems.stream()
                .noneMatch(p -> p.code().equals(f.code()) && p.span().equals(f.span()))) {
          problems.add(new Problem(f.code(), Level.ERROR, f.span(), f.message()));
        }
      }
      return new Relinter.Linted(findings, problems);
    };
  }
}
