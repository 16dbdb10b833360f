package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
import java.util.List;
import java.util.Optional;

/**
 * A service whose {@code platform} is not among its {@code build.platforms}: Compose refuses to
 * build it.
 */
@RuleInfo(
    id = "build-platforms-include-platform",
    name = "build-platforms-include-platform",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "build.platforms must include the service's platform.")
public final class BuildPlatformsIncludePlatform implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<SpannedText> platform = s.scalar("platform");
      List<SpannedText> platforms = s.build().map(b -> b.platforms()).orElse(List.of());
      if (platform.isEmpty() || platforms.isEmpty()) {
        continue;
      }
      String want = platform.get().value();
      if (want.isEmpty() || platforms.stream().anyMatch(t -> t.value().equals(want))) {
        continue;
      }
      ctx.report(
          platform.get().span(),
          "platform '"
              + want
              + "' of service '"
              + s.name().value()
              + "' is not among its build.platforms, so Compose refuses to build it; add '"
              + want
              + "' to build.platforms");
    }
  }
}
