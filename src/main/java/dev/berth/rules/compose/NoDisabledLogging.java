package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.Service;
import dev.berth.core.Level;
import java.util.Optional;

/** {@code logging.driver: none}: nothing the service writes is kept, not even for an incident. */
@RuleInfo(
    id = "no-disabled-logging",
    name = "no-disabled-logging",
    level = Level.INFO,
    category = Category.SECURITY,
    summary = "Do not switch a service's logging off.")
public final class NoDisabledLogging implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<ScalarNode> driver =
          s.get("logging")
              .flatMap(ServiceNodes::map)
              .flatMap(l -> l.get("driver"))
              .flatMap(ServiceNodes::scalar);
      if (driver.isPresent() && ServiceNodes.lower(driver.get()).equals("none")) {
        ctx.report(
            driver.get().site(),
            "Service '"
                + s.name().value()
                + "' discards its logs, so nothing is left to investigate an incident with; use"
                + " a logging driver with size limits (json-file with max-size, or local)");
      }
    }
  }
}
