package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ExpansionLimitException;
import dev.berth.dockerfile.shell.ShellSyntaxException;

/**
 * A {@code ${...}} that BuildKit's own expansion cannot read, in a place BuildKit expands (not in
 * shell-form RUN, CMD or ENTRYPOINT, which the shell expands): a modifier BuildKit does not support
 * ({@code ${v:=x}}, {@code ${v:}}), or a bad substitution ({@code ${}}, {@code ${:x}}). BuildKit
 * supports {@code - :- + :+ ? :? # ## % %% / //}.
 */
@RuleInfo(
    id = "UnsupportedVariableModifier",
    name = "unsupported-variable-modifier",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "Use only the ${...} forms BuildKit supports where BuildKit expands variables.")
public final class UnsupportedVariableModifier implements DockerfileRule {
  private static final BuildkitWords.Env ANY = new AnyValue();

  /** Every variable is set (a class, not a lambda: this one is made on every run's start-up). */
  private static final class AnyValue implements BuildkitWords.Env {
    @Override
    public String get(String name) {
      return "x";
    }
  }

  @Override
  public void check(DockerfileContext ctx) {
    BuildkitWords.Options options = BuildkitWords.Options.defaults(ctx.model().escape());
    for (Instruction i : ctx.model().instructions()) {
      for (Word w : ExpandedWords.of(i, true)) {
        if (!BuildkitSyntax.hasVariable(w.text())) {
          continue;
        }
        try {
          BuildkitWords.process(w.text(), ANY, options);
        } catch (ExpansionLimitException e) {
          // ExpansionTooLarge's
        } catch (ShellSyntaxException e) {
          String m = e.getMessage();
          if (m.startsWith("unsupported modifier")
              || m.startsWith("syntax error") && !m.contains("nested more than")) {
            int close = w.text().indexOf('}', e.offset());
            int end = close < 0 ? w.text().length() : close + 1;
            ctx.report(
                BuildkitSyntax.sub(w, e.offset(), end),
                "BuildKit cannot expand this: "
                    + m
                    + "; BuildKit supports ${v:-x}, ${v:+x},"
                    + " ${v#p}, ${v%p} and ${v/p/r}");
          }
        }
      }
    }
  }
}
