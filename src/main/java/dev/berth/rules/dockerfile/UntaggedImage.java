package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.ImageReference;
import dev.berth.dockerfile.model.StageGraph;

/**
 * A base image with neither tag nor digest gets whatever {@code latest} is on the day of the build.
 * The image is judged after ARG defaults are expanded ({@code FROM ${BASE}} with {@code ARG
 * BASE=debian:12} is tagged); an earlier stage's name, {@code scratch}, a reference BuildKit would
 * refuse, and a value using a variable without default are not judged.
 */
@RuleInfo(
    id = "DL3006",
    name = "image-untagged",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Give every base image a tag or a digest.")
public final class UntaggedImage implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (StageGraph.Base base : ctx.stageGraph().imageBases()) {
      ImageReference i = base.image().get();
      if (i.isValid() && !i.isScratch() && i.tag().isEmpty() && i.digest().isEmpty()) {
        ctx.report(base.word().span(), message(base, i));
      }
    }
  }

  private static String message(StageGraph.Base base, ImageReference image) {
    String shown = "'" + image.text() + "'";
    if (!base.word().text().equals(image.text())) {
      shown += " (" + base.word().text() + " with its ARG defaults)";
    }
    return "Base image "
        + shown
        + " has no tag, so each build may get another 'latest'; pin it, e.g. "
        + image.text()
        + ":<version>";
  }
}
