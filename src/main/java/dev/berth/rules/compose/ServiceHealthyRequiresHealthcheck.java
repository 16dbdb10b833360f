package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceHealthcheck;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
import java.util.Optional;

/**
 * {@code condition: service_healthy} on a dependency that has no {@code healthcheck}, or whose
 * healthcheck is disabled ({@code disable: true}, {@code test: [NONE]}). With the check disabled
 * {@code docker compose up} fails; without one it works only if the image defines a HEALTHCHECK.
 */
@RuleInfo(
    id = "service-healthy-requires-healthcheck",
    name = "service-healthy-requires-healthcheck",
    level = Level.WARNING,
    category = Category.CORRECTNESS,
    summary = "condition: service_healthy needs a healthcheck on the dependency.")
public final class ServiceHealthyRequiresHealthcheck implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    Project p = ctx.project();
    for (Service s : p.services()) {
      for (Dependency d : s.dependsOn()) {
        if (!d.condition().equals(Dependency.SERVICE_HEALTHY) || d.conditionText().isEmpty()) {
          continue;
        }
        Optional<Service> t = p.service(d.service().value());
        if (t.isEmpty() || t.get().get("extends").isPresent()) {
          continue;
        }
        Optional<ServiceHealthcheck> h = t.get().healthcheck();
        SpannedText at = d.conditionText().get();
        String name = t.get().name().value();
        if (h.isPresent() && h.get().disabled()) {
          ctx.report(
              at.span(),
              "service '"
                  + s.name().value()
                  + "' waits for '"
                  + name
                  + "' to be healthy, but the healthcheck of '"
                  + name
                  + "' is disabled, so it never will; enable the healthcheck or use condition:"
                  + " service_started");
        } else if (h.isEmpty()) {
          ctx.report(
              at.span(),
              "service '"
                  + s.name().value()
                  + "' waits for '"
                  + name
                  + "' to be healthy, but '"
                  + name
                  + "' has no healthcheck (this works only if its image defines a HEALTHCHECK);"
                  + " add a healthcheck to '"
                  + name
                  + "'");
        }
      }
    }
  }
}
