package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
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
    for (ServiceNodes.Service s : ServiceNodes.services(ctx)) {
      Optional<ScalarNode> image = s.scalar("image");
      if (image.isEmpty() || s.has("build")) {
        continue;
      }
      ImageRefs ref = ImageRefs.of(image.get());
      if (ref.digest().isPresent() || ref.repository().isBlank()) {
        continue;
      }
      if (ref.tag().isEmpty()) {
        if (!ref.lastSegmentVariable()) {
          ctx.report(
              image.get().site(),
              "Image '"
                  + image.get().value().trim()
                  + "' of service '"
                  + s.name().value()
                  + "' has no tag, so it pulls whatever 'latest' is that day; pin a version"
                  + " tag");
        }
        continue;
      }
      String tag = ref.tag().get();
      if (prohibited.contains(tag.toLowerCase(Locale.ROOT))) {
        ctx.report(
            image.get().site(),
            "Image '"
                + image.get().value().trim()
                + "' of service '"
                + s.name().value()
                + "' uses the floating tag '"
                + tag
                + "', which moves to new releases; pin a version tag");
      }
    }
  }
}
