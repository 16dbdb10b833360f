package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
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
    for (Service s : ctx.project().services()) {
      Optional<ScalarNode> image = s.nonNull("image");
      if (image.isEmpty() || s.get("build").isPresent()) {
        continue;
      }
      ServiceNodes.ImagePin pin = ServiceNodes.ImagePin.of(s);
      if (pin.digest() || pin.unknown()) {
        continue;
      }
      if (pin.tag().isEmpty()) {
        ctx.report(
            image.get().site(),
            "Image '"
                + image.get().value().trim()
                + "' of service '"
                + s.name().value()
                + "' has no tag, so it pulls whatever 'latest' is that day; pin a version tag");
        continue;
      }
      String tag = pin.tag().get();
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
