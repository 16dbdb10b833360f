package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Flag;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.BuildkitWords;
import dev.berth.dockerfile.shell.ShellSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A variable in a FROM image or {@code --platform} that no ARG before the first FROM declares and
 * that is not one of BuildKit's platform arguments ({@code BUILDPLATFORM}, {@code TARGETARCH},
 * ...). FROM sees only those; an ARG declared inside a stage does not count. The message suggests a
 * declared name when one is close.
 */
@RuleInfo(
    id = "UndefinedArgInFrom",
    name = "undefined-arg-in-from",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Declare the ARGs a FROM uses before the first FROM.")
public final class UndefinedArgInFrom implements DockerfileRule {
  /** The variables a value uses; none when BuildKit cannot read it (another rule's finding). */
  private static Set<String> references(String text, int escape) {
    try {
      return BuildkitWords.process(text, n -> null, BuildkitWords.Options.defaults(escape))
          .unmatched();
    } catch (ShellSyntaxException e) {
      return Set.of();
    }
  }

  @Override
  public void check(DockerfileContext ctx) {
    Set<String> known = new LinkedHashSet<>(FromImage.globalDefaults(ctx.model()).keySet());
    known.addAll(BuildkitSyntax.PLATFORM_ARGS);
    for (From f : ctx.model().instructions(From.class)) {
      List<Word> words = new ArrayList<>();
      f.image().ifPresent(words::add);
      for (Flag fl : f.flags()) {
        if (fl.name().equals("platform") && fl.value().isPresent()) {
          words.add(new Word(fl.span(), fl.raw(), fl.value().get()));
        }
      }
      Set<String> reported = new LinkedHashSet<>();
      for (Word w : words) {
        for (String name : references(w.text(), ctx.model().escape())) {
          if (known.contains(name) || !reported.add(name)) {
            continue;
          }
          ctx.report(
              VariableSpans.of(w, name),
              "FROM uses $"
                  + name
                  + ", which no ARG before the first FROM declares"
                  + BuildkitSyntax.nearest(name, known, 3)
                      .map(s -> "; did you mean " + s + "?")
                      .orElse("; declare ARG " + name + " before the first FROM"));
        }
      }
    }
  }
}
