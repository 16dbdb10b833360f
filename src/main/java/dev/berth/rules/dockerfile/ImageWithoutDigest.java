package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.ImageReference;
import dev.berth.dockerfile.model.StageGraph;

/**
 * Off by default: a tag can be pushed again, a digest cannot. Every external base image (not {@code
 * scratch}, not an earlier stage) must carry {@code @sha256:...}.
 */
@RuleInfo(
    id = "ImageDigestPinning",
    name = "image-digest-pinning",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "Pin base images by digest (image:tag@sha256:...).")
public final class ImageWithoutDigest implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    for (StageGraph.Base base : ctx.stageGraph().imageBases()) {
      ImageReference i = base.image().get();
      if (i.isValid() && !i.isScratch() && i.digest().isEmpty()) {
        ctx.report(
            base.word().span(),
            "Base image '"
                + i.text()
                + "' is not pinned by digest; append @sha256:<digest>"
                + " (docker buildx imagetools inspect shows it)");
      }
    }
  }
}
