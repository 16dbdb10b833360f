package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Word;
import dev.berth.dockerfile.shell.BuildkitWords;
import java.util.Map;

/**
 * A FROM image that comes out empty, such as {@code FROM ""} or {@code FROM $BASE} after {@code ARG
 * BASE=""}: BuildKit refuses a blank base name. Every variable must have a default for this rule to
 * judge; an ARG with no default is InvalidDefaultArgInFrom's.
 */
@RuleInfo(
    id = "BaseNameEmpty",
    name = "base-name-empty",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "The FROM image must not expand to nothing.")
public final class BaseNameEmpty implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    Map<String, String> defaults = FromImage.globalDefaults(ctx.model());
    for (From f : ctx.model().instructions(From.class)) {
      if (f.image().isEmpty()) {
        continue;
      }
      Word image = f.image().get();
      boolean allDefaulted =
          BuildkitWords.references(image.text(), ctx.model().escape()).stream()
              .allMatch(n -> defaults.get(n) != null);
      if (!allDefaulted) {
        continue;
      }
      FromImage.expand(ctx.model(), image, defaults)
          .filter(String::isEmpty)
          .ifPresent(
              v ->
                  ctx.report(
                      image.span(),
                      "The base image '"
                          + image.text()
                          + "' expands to nothing; give the ARG a default image or name one"));
    }
  }
}
