package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.core.Level;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A long-running service without a healthcheck (or with it disabled): nothing tells Compose, an
 * orchestrator or a dependent service whether it works. A service others wait for with {@code
 * condition: service_completed_successfully} is a one-shot job and is not reported. The image may
 * define a HEALTHCHECK of its own, which this rule cannot see.
 */
@RuleInfo(
    id = "require-healthcheck",
    name = "require-healthcheck",
    level = Level.WARNING,
    category = Category.BEST_PRACTICE,
    enabledByDefault = false,
    summary = "Give every long-running service a healthcheck.")
public final class RequireHealthcheck implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    List<ServiceNodes.Service> services = ServiceNodes.services(ctx);
    Set<String> oneShot = new HashSet<>();
    for (ServiceNodes.Service s : services) {
      Optional<MapNode> deps = s.map("depends_on");
      for (MapNode.Entry e : deps.map(MapNode::entries).orElse(List.of())) {
        Optional<String> condition =
            ServiceNodes.map(e.value())
                .flatMap(d -> d.get("condition"))
                .flatMap(ServiceNodes::scalar)
                .map(ScalarNode::value);
        if (condition.filter(c -> c.trim().equals("service_completed_successfully")).isPresent()) {
          oneShot.add(e.key().value());
        }
      }
    }
    for (ServiceNodes.Service s : services) {
      if (oneShot.contains(s.name().value()) || Healthchecks.enabled(s)) {
        continue;
      }
      Optional<Node> disabled = s.get("healthcheck");
      ctx.report(
          disabled.isPresent()
              ? s.entry("healthcheck").map(ServiceNodes::entrySite).get()
              : s.site(),
          "Service '"
              + s.name().value()
              + "' has "
              + (disabled.isPresent() ? "its healthcheck disabled" : "no healthcheck")
              + ", so nothing notices when it stops working; add a healthcheck that tests what"
              + " it serves");
    }
  }
}
