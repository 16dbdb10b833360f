package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;

/**
 * A pulled image not pinned by digest: a tag can be moved to other content. Services that build
 * their image, and images given whole by a variable, are not reported.
 */
@RuleInfo(
    id = "require-image-digest",
    name = "require-image-digest",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "Pin pulled images by digest (@sha256:...).")
public final class RequireImageDigest implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (ServiceNodes.PulledImage image : ServiceNodes.pulledImages(ctx)) {
      if (!image.digest() && !image.unknown()) {
        ctx.report(
            image.node().site(),
            image.describe()
                + " is not pinned by digest, and a tag can be moved to other content; append"
                + " @sha256:<digest> of the image you tested");
      }
    }
  }
}
