package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.model.User;

/**
 * Off by default: a final stage with no {@code USER} (in it or in the stages it is built on) runs
 * as the base image's user, which for most images is root. Base images tagged {@code nonroot}
 * (distroless, Chainguard) set a user of their own and are not reported. A fragment without FROM is
 * not reported.
 */
@RuleInfo(
    id = "UserNotSet",
    name = "user-not-set",
    level = Level.WARNING,
    category = Category.SECURITY,
    enabledByDefault = false,
    summary = "Set a non-root USER in the final stage.")
public final class UserNotSet implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageGraph graph = ctx.stageGraph();
    graph
        .finalStage()
        .filter(s -> s.from().isPresent())
        .filter(s -> StageFacts.last(graph, s, User.class).isEmpty())
        .filter(s -> !nonRootBase(graph, s))
        .ifPresent(
            s -> {
              From from = s.from().get();
              ctx.report(
                  from.image().map(w -> w.span()).orElse(from.span()),
                  "The final stage sets no USER, so the container runs as the base image's user,"
                      + " usually root; add USER with an unprivileged user, e.g. USER 10001");
            });
  }

  private static boolean nonRootBase(StageGraph graph, Stage s) {
    Stage root = graph.chain(s).get(graph.chain(s).size() - 1);
    return graph
        .base(root)
        .flatMap(StageGraph.Base::image)
        .flatMap(i -> i.tag())
        .map(t -> t.text().contains("nonroot"))
        .orElse(false);
  }
}
