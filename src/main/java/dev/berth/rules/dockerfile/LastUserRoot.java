package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.model.User;
import java.util.List;
import java.util.Optional;

/**
 * The user a container runs as is the last {@code USER} of the final stage (or of the stage it is
 * built on). When that is {@code root} or {@code 0} (with or without a group), the container runs
 * as root. By default only the final stage counts, since build stages often need root; the option
 * {@code allStages: true} checks the last USER of every stage, as hadolint does. A stage without
 * USER is {@code UserNotSet}'s concern.
 */
@RuleInfo(
    id = "DL3002",
    name = "last-user-root",
    level = Level.WARNING,
    category = Category.SECURITY,
    summary = "The final USER should not be root.")
public final class LastUserRoot implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageGraph graph = ctx.stageGraph();
    List<Stage> stages =
        ctx.options().getBoolean("allStages", false)
            ? graph.stages()
            : graph.finalStage().isPresent() ? List.of(graph.finalStage().get()) : List.of();
    for (Stage s : stages) {
      Optional<User> last = StageFacts.last(graph, s, User.class);
      if (last.isEmpty() || last.get().argument().isEmpty()) {
        continue;
      }
      User user = last.get();
      // plain ifs, not Optional.filter/ifPresent: every run's first lint pays a bootstrap per
      // lambda
      Optional<String> v = Values.of(ctx, user, user.argument().get());
      if (v.isPresent() && isRoot(v.get())) {
        ctx.report(
            user.span(),
            "The "
                + (graph.isFinal(s) ? "image" : "stage")
                + " runs as root (USER "
                + v.get()
                + "); switch to an unprivileged user, e.g. USER 10001");
      }
    }
  }

  static boolean isRoot(String user) {
    int colon = user.indexOf(':');
    String name = colon < 0 ? user : user.substring(0, colon);
    return name.equals("root") || name.equals("0");
  }
}
