package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.ImageReference;
import dev.berth.dockerfile.model.StageGraph;

/**
 * A base image tagged {@code latest} moves under the Dockerfile. A digest after the tag ({@code
 * latest@sha256:...}) pins it, so that is fine. Tags written with ARG defaults are judged by their
 * value.
 */
@RuleInfo(
    id = "DL3007",
    name = "image-latest-tag",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    summary = "Do not build on the 'latest' tag of an image; pin a version.")
public final class LatestTag implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (StageGraph.Base base : ctx.stageGraph().imageBases()) {
      check(ctx, base.image().get());
    }
  }

  private static void check(DockerfileContext ctx, ImageReference image) {
    if (image.digest().isPresent() || image.tag().isEmpty()) {
      return;
    }
    ImageReference.Part tag = image.tag().get();
    if (tag.text().equals("latest")) {
      ctx.report(
          tag.span(),
          "Base image '"
              + image.text()
              + "' uses the moving 'latest' tag; pin a version tag or a digest");
    }
  }
}
