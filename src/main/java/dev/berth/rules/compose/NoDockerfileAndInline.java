package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Build;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

/** A build with both {@code dockerfile} and {@code dockerfile_inline}, which Compose refuses. */
@RuleInfo(
    id = "no-dockerfile-and-inline",
    name = "no-dockerfile-and-inline",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "A build sets dockerfile or dockerfile_inline, not both.")
public final class NoDockerfileAndInline implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<Build> b = s.build();
      if (b.isEmpty() || b.get().dockerfile().isEmpty() || b.get().dockerfileInline().isEmpty()) {
        continue;
      }
      ctx.report(
          b.get().dockerfileInline().get().span(),
          "the build of service '"
              + s.name().value()
              + "' sets both dockerfile and dockerfile_inline, which Compose refuses; keep one");
    }
  }
}
