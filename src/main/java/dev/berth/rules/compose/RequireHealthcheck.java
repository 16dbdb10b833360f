package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceHealthcheck;
import dev.berth.core.Level;
import java.util.HashSet;
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
    Set<String> oneShot = new HashSet<>();
    for (Service s : ctx.project().services()) {
      for (Dependency dep : s.dependsOn()) {
        if (dep.condition().equals(Dependency.SERVICE_COMPLETED)) {
          oneShot.add(dep.service().value());
        }
      }
    }
    for (Service s : ServiceNodes.completeServices(ctx)) {
      Optional<ServiceHealthcheck> h = s.healthcheck();
      if (oneShot.contains(s.name().value()) || h.filter(x -> !x.disabled()).isPresent()) {
        continue;
      }
      ctx.report(
          h.isPresent() ? ServiceNodes.entrySite(s.entry("healthcheck").get()) : s.key().site(),
          "Service '"
              + s.name().value()
              + "' has "
              + (h.isPresent() ? "its healthcheck disabled" : "no healthcheck")
              + ", so nothing notices when it stops working; add a healthcheck that tests what"
              + " it serves");
    }
  }
}
