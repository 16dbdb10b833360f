package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Healthcheck;
import dev.berth.dockerfile.model.StageGraph;

/**
 * Off by default: the image the file builds (its final stage) has no HEALTHCHECK, in it or in the
 * stages it is built on, so Docker cannot tell a hung container from a healthy one. {@code
 * HEALTHCHECK NONE} counts as a decision. Build stages are not checked (hadolint checks every
 * stage); a fragment without FROM is not checked.
 */
@RuleInfo(
    id = "DL3057",
    name = "healthcheck-missing",
    level = Level.INFO,
    category = Category.BEST_PRACTICE,
    enabledByDefault = false,
    summary = "Give the final image a HEALTHCHECK.")
public final class HealthcheckMissing implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageGraph graph = ctx.stageGraph();
    graph
        .finalStage()
        .filter(s -> s.from().isPresent())
        .filter(s -> StageFacts.last(graph, s, Healthcheck.class).isEmpty())
        .ifPresent(
            s ->
                ctx.report(
                    s.from().get().span(),
                    "The final image has no HEALTHCHECK; add one (e.g. HEALTHCHECK CMD"
                        + " curl -f http://localhost/ || exit 1), or HEALTHCHECK NONE to say"
                        + " none is wanted"));
  }
}
