package dev.berth.rules.dockerfile;

import dev.berth.api.Category;
import dev.berth.api.DockerfileContext;
import dev.berth.api.DockerfileRule;
import dev.berth.api.RuleInfo;
import dev.berth.core.Level;
import dev.berth.dockerfile.model.Stage;
import dev.berth.dockerfile.model.StageGraph;
import dev.berth.dockerfile.model.User;
import dev.berth.dockerfile.model.Word;
import java.util.Optional;

/**
 * The user the image runs as (the last {@code USER} of the final stage, or of the stage it is built
 * on) should be a numeric UID: Kubernetes' {@code runAsNonRoot} can only verify a number, and a
 * name means nothing outside the image. {@code USER 1000}, {@code USER 1000:1000} and a UID held in
 * an ARG ({@code USER ${UID}}) pass. Earlier USERs, and USERs of build stages, are not checked
 * (hadolint's later narrowing of DL3066).
 */
@RuleInfo(
    id = "DL3066",
    name = "user-not-numeric",
    level = Level.INFO,
    category = Category.SECURITY,
    summary = "Run the image as a numeric UID.")
public final class UserNotNumeric implements DockerfileRule {
  @Override
  public void check(DockerfileContext ctx) {
    StageGraph graph = ctx.stageGraph();
    Optional<Stage> stage = graph.finalStage();
    Optional<User> last = stage.flatMap(s -> StageFacts.last(graph, s, User.class));
    if (last.isEmpty()
        || last.get().argument().isEmpty()
        || StageFacts.isWindows(graph, stage.get(), ctx.model().escape())) {
      return;
    }
    Word arg = last.get().argument().get();
    String text = Values.unquoted(arg.text());
    int colon = text.indexOf(':');
    String uid = colon < 0 ? text : text.substring(0, colon);
    if (uid.indexOf('$') >= 0 || (!uid.isEmpty() && uid.chars().allMatch(Character::isDigit))) {
      return;
    }
    ctx.report(
        arg.span(),
        "USER "
            + uid
            + " is a name; use a numeric UID (e.g. USER 10001) so that runtimes can check the"
            + " container does not run as root");
  }
}
