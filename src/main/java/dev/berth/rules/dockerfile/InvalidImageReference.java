package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.ImageReference;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;

/**
 * A FROM image written without variables that is no valid image reference: an empty or invalid tag,
 * an invalid digest, upper-case letters in the repository, and the like. BuildKit fails when it
 * resolves the image. Images written with variables are InvalidDefaultArgInFrom's.
 */
@RuleInfo(
    id = "InvalidImageReference",
    name = "invalid-image-reference",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"},
    summary = "A FROM image must be a valid image reference.")
public final class InvalidImageReference implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageGraph g = ctx.stageGraph();
    for (Stage s : g.stages()) {
      StageGraph.Base base = g.base(s).orElse(null);
      if (base == null
          || base.image().isEmpty()
          || BuildkitSyntax.hasVariable(base.word().text())
          || base.word().text().isEmpty()) {
        continue;
      }
      ImageReference ref = base.image().get();
      ref.error()
          .ifPresent(
              e ->
                  ctx.report(
                      base.word().span(),
                      "'" + base.word().text() + "' is not a valid image reference: " + e));
    }
  }
}
