package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

/**
 * A service with both {@code build} and {@code image} and no {@code pull_policy}: Compose first
 * tries to pull the image and builds only when the pull fails, so which one runs depends on the
 * registry. With the option {@code checkPullPolicy: false}, a pull_policy does not excuse it.
 */
@RuleInfo(
    id = "no-build-and-image",
    name = "no-build-and-image",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    summary = "Do not give a service both build and image without a pull_policy.")
public final class NoBuildAndImage implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    boolean checkPullPolicy = ctx.options().getBoolean("checkPullPolicy", true);
    for (Service s : ctx.project().services()) {
      Optional<MapNode.Entry> image = s.entry("image");
      if (image.isEmpty() || !s.get("build").isPresent()) {
        continue;
      }
      if (checkPullPolicy && s.get("pull_policy").isPresent()) {
        continue;
      }
      ctx.report(
          ServiceNodes.entrySite(image.get()),
          "Service '"
              + s.name().value()
              + "' has both build and image: Compose pulls the image if it can and builds only"
              + " when the pull fails; add pull_policy: build to always build (the image then"
              + " names the result), or remove one of them");
    }
  }
}
