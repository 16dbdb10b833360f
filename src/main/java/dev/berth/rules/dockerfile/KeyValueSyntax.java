package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Arg;
import dev.berth.dockerfile.model.ArgDeclaration;
import dev.berth.dockerfile.model.Env;
import dev.berth.dockerfile.model.Instruction;
import dev.berth.dockerfile.model.KeyValue;
import dev.berth.dockerfile.model.Label;
import dev.berth.dockerfile.parser.ProblemCodes;
import dev.berth.rules.RecordedProblems;
import java.util.ArrayList;
import java.util.List;

/**
 * Every pair of a multi-pair ENV or LABEL needs an equals sign, and every ENV, LABEL and ARG a name
 * before it ({@code ENV =value} stops BuildKit). The equals-sign check is part of the parser; this
 * rule reports what the parser found and checks the names.
 */
@RuleInfo(
    id = ProblemCodes.KEY_VALUE_SYNTAX,
    name = "key-value-syntax",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "ENV, LABEL and ARG pairs need a name and, in multi-pair form, an equals sign.")
public final class KeyValueSyntax implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    RecordedProblems.report(ctx, ctx.model().problems(), meta().id());
    for (Instruction i : BuildkitSyntax.withTriggers(ctx.model())) {
      List<Span> blank = new ArrayList<>();
      // loops, not streams: every run's first lint pays a bootstrap per lambda
      if (i instanceof Env e) {
        blankKeys(e.pairs(), blank);
      } else if (i instanceof Label l) {
        blankKeys(l.pairs(), blank);
      } else if (i instanceof Arg a) {
        for (ArgDeclaration d : a.declarations()) {
          if (d.name().text().isEmpty()) {
            blank.add(d.word().span());
          }
        }
      }
      for (Span s : blank) {
        ctx.report(
            s,
            i.keyword().text()
                + " needs a name before '='; write "
                + i.keyword().text()
                + " NAME=value");
      }
    }
  }

  private static void blankKeys(List<KeyValue> pairs, List<Span> blank) {
    for (KeyValue kv : pairs) {
      if (kv.key().text().isEmpty()) {
        blank.add(kv.span());
      }
    }
  }
}
