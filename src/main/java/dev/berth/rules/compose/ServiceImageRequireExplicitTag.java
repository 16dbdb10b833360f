package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pulled image without a tag, or with a floating tag ({@code latest}, {@code stable}, ...; the
 * option {@code prohibitedTags} sets the list). A digest pins the image whatever the tag; a service
 * that builds its image names the result with {@code image} and is not reported.
 */
@RuleInfo(
    id = "service-image-require-explicit-tag",
    name = "service-image-require-explicit-tag",
    level = Level.WARNING,
    category = Category.SECURITY,
    aliases = {"require-explicit-image-tag"},
    summary = "Give every pulled image an explicit, non-floating tag.")
public final class ServiceImageRequireExplicitTag implements ComposeRule {
  static final List<String> DEFAULT_PROHIBITED =
      List.of("latest", "stable", "edge", "test", "nightly", "dev", "beta", "canary", "lts");

  @Override
  public void check(ComposeContext ctx) {
    List<String> prohibited =
        ctx.options().getStrings("prohibitedTags", DEFAULT_PROHIBITED).stream()
            .map(t -> t.toLowerCase(Locale.ROOT))
            .toList();
    for (ServiceNodes.PulledImage image : ServiceNodes.pulledImages(ctx)) {
      if (image.digest() || image.unknown()) {
        continue;
      }
      Optional<String> tag = image.tag();
      String problem;
      if (tag.isEmpty()) {
        problem = "has no tag, so it pulls whatever 'latest' is that day";
      } else if (prohibited.contains(tag.get().toLowerCase(Locale.ROOT))) {
        problem = "uses the floating tag '" + tag.get() + "', which moves to new releases";
      } else {
        continue;
      }
      ctx.report(image.node().site(), image.describe() + " " + problem + "; pin a version tag");
    }
  }
}
