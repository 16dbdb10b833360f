package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Stage;
import java.util.Set;

/**
 * A stage named {@code scratch} or {@code context} (in any case): {@code FROM scratch} and {@code
 * --from=context} already mean something else, so the stage is shadowed or shadows them.
 */
@RuleInfo(
    id = "DL3063",
    name = "reserved-stage-name",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    aliases = {"ReservedStageName"},
    summary = "Do not name a stage scratch or context.")
public final class DL3063 implements DockerfileRule {
  private static final Set<String> RESERVED = Set.of("scratch", "context");

  @Override
  public void check(DockerfileContext ctx) {
    for (Stage s : ctx.model().stages()) {
      if (s.normalizedName().filter(RESERVED::contains).isPresent()) {
        ctx.report(
            s.name().get().span(),
            "Stage name '"
                + s.name().get().text()
                + "' is reserved by BuildKit; choose another name");
      }
    }
  }
}
