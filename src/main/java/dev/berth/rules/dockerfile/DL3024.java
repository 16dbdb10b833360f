package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Stage;
import java.util.HashMap;
import java.util.Map;

/**
 * Two stages with the same name, compared case-insensitively as BuildKit lower-cases stage names;
 * reported at the later one, which {@code COPY --from} and {@code --target} cannot tell apart from
 * the first.
 */
@RuleInfo(
    id = "DL3024",
    name = "duplicate-stage-name",
    level = Level.ERROR,
    category = Category.SYNTAX,
    aliases = {"DuplicateStageName", "DL1000"},
    summary = "Give every stage a different name.")
public final class DL3024 implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    Map<String, Stage> seen = new HashMap<>();
    for (Stage s : ctx.model().stages()) {
      if (s.normalizedName().isEmpty()) {
        continue;
      }
      Stage first = seen.putIfAbsent(s.normalizedName().get(), s);
      if (first != null) {
        ctx.report(
            s.name().get().span(),
            "Stage name '"
                + s.name().get().text()
                + "' is already used by the stage on line "
                + ctx.source().line(first.from().get().span().start())
                + "; rename one of them");
      }
    }
  }
}
