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
import java.util.Map;
import java.util.Optional;

/**
 * A FROM image that comes out empty, such as {@code FROM ""} or {@code FROM $BASE} after {@code ARG
 * BASE=""}: BuildKit refuses a blank base name. Likewise a {@code --platform} written with
 * variables that comes out empty. Every variable must have a default for this rule to judge; an ARG
 * with no default is InvalidDefaultArgInFrom's.
 */
@RuleInfo(
    id = "BaseNameEmpty",
    name = "base-name-empty",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "The FROM image must not expand to nothing.")
public final class BaseNameEmpty implements DockerfileRule {
  private static boolean expandsToNothing(
      DockerfileContext ctx, Word w, Map<String, String> defaults) {
    // loops, not streams: every run's first lint pays a bootstrap per lambda
    for (String n : BuildkitWords.references(w.text(), ctx.model().escape())) {
      if (defaults.get(n) == null) {
        return false;
      }
    }
    Optional<String> expanded = FromImage.expand(ctx.model(), w, defaults);
    return expanded.isPresent() && expanded.get().isEmpty();
  }

  @Override
  public void check(DockerfileContext ctx) {
    Map<String, String> defaults = FromImage.globalDefaults(ctx.model());
    for (From f : ctx.model().instructions(From.class)) {
      if (f.image().isEmpty()) {
        continue;
      }
      Word image = f.image().get();
      if (expandsToNothing(ctx, image, defaults)) {
        ctx.report(
            image.span(),
            "The base image '"
                + image.text()
                + "' expands to nothing; give the ARG a default image or name one");
      }
      for (Flag fl : f.flags()) {
        if (fl.name().equals("platform") && fl.value().isPresent()) {
          Word platform = new Word(fl.span(), fl.raw(), fl.value().get());
          if (BuildkitSyntax.hasVariable(platform.text())
              && expandsToNothing(ctx, platform, defaults)) {
            ctx.report(
                fl.span(),
                "--platform="
                    + platform.text()
                    + " expands to nothing; give the ARG a default platform or drop the flag");
          }
        }
      }
    }
  }
}
