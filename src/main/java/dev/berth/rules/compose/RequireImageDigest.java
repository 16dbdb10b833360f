package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

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
    for (Service s : ctx.project().services()) {
      Optional<ScalarNode> image = s.nonNull("image");
      if (image.isEmpty() || s.get("build").isPresent()) {
        continue;
      }
      ServiceNodes.ImagePin pin = ServiceNodes.ImagePin.of(s);
      if (pin.digest() || pin.unknown()) {
        continue;
      }
      ctx.report(
          image.get().site(),
          "Image '"
              + image.get().value().trim()
              + "' of service '"
              + s.name().value()
              + "' is not pinned by digest, and a tag can be moved to other content; append"
              + " @sha256:<digest> of the image you tested");
    }
  }
}
