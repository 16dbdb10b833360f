package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.ImageReference;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.Word;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A FROM image written with variables that, expanded with the global ARG defaults only (no build
 * arguments), is not a valid image reference: {@code ARG TAG} then {@code FROM busybox:$TAG} gives
 * {@code busybox:}. A build that forgets the argument fails; a default makes it work.
 */
@RuleInfo(
    id = "InvalidDefaultArgInFrom",
    name = "invalid-default-arg-in-from",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "Give the ARGs used in FROM defaults that make a valid image reference.")
public final class InvalidDefaultArgInFrom implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    Map<String, String> defaults = FromImage.globalDefaults(ctx.model());
    Set<String> stages = new HashSet<>();
    for (Stage s : ctx.model().stages()) {
      From f = s.from().orElse(null);
      if (f == null || f.image().isEmpty()) {
        continue;
      }
      Word image = f.image().get();
      if (BuildkitSyntax.hasVariable(image.text())) {
        String value = FromImage.expand(ctx.model(), image, defaults).orElse(null);
        if (value != null && !stages.contains(GoText.toLower(value))) {
          boolean blank = value.isEmpty();
          boolean invalid =
              blank || ImageReference.parse(value, image.span(), image.raw()).error().isPresent();
          boolean allDefaulted =
              dev.berth.dockerfile.shell.BuildkitWords.references(
                      image.text(), ctx.model().escape())
                  .stream()
                  .allMatch(n -> defaults.get(n) != null);
          if (invalid && !(blank && allDefaulted)) {
            ctx.report(
                image.span(),
                "With the ARG defaults, '"
                    + image.text()
                    + "' gives '"
                    + value
                    + "', which is no valid image; give the ARG a default");
          }
        }
      }
      s.normalizedName().ifPresent(stages::add);
    }
  }
}
