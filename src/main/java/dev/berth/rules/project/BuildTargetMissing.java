package dev.berth.rules.project;

import dev.berth.api.Category;
import dev.berth.api.ProjectContext;
import dev.berth.api.ProjectRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.project.ProjectService;
import dev.berth.compose.project.ServiceBuild;
import dev.berth.core.GoText;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.Stage;
import java.util.ArrayList;
import java.util.List;

/** {@code build.target} names no stage of the Dockerfile the service builds. */
@RuleInfo(
    id = "build-target-exists",
    name = "build-target-exists",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "build.target must name a stage of the service's Dockerfile.")
public final class BuildTargetMissing implements ProjectRule {
  @Override
  public void check(ProjectContext ctx) {
    for (ProjectService s : ctx.project().services()) {
      if (s.build().isEmpty()) {
        continue;
      }
      ServiceBuild b = s.build().get();
      if (b.target().isEmpty() || b.parsed().isEmpty()) {
        continue;
      }
      ScalarNode target = b.target().get();
      String wanted = GoText.toLower(target.value());
      if (wanted.isEmpty() || target.value().contains("$")) {
        continue;
      }
      Dockerfile d = b.parsed().get();
      List<String> names = new ArrayList<>();
      boolean found = false;
      for (Stage stage : d.stages()) {
        if (stage.normalizedName().isPresent()) {
          names.add(stage.name().get().text());
          found |= stage.normalizedName().get().equals(wanted);
        }
      }
      if (found) {
        continue;
      }
      ctx.report(
          target,
          "Service `"
              + s.name()
              + "` builds target `"
              + target.value()
              + "`, but "
              + d.source().name()
              + (names.isEmpty()
                  ? " has no named stage"
                  : " has no stage of that name (its stages: " + String.join(", ", names) + ")")
              + "; the build fails. Name one of its stages, or add `AS "
              + target.value()
              + "` to a FROM.");
    }
  }
}
