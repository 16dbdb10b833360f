package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.SpannedText;
import dev.berth.core.Level;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A {@code container_name} on a service that runs more than one container ({@code scale} or {@code
 * deploy.replicas} above 1): container names are unique, so Compose refuses it.
 */
@RuleInfo(
    id = "no-scaled-container-name",
    name = "no-scaled-container-name",
    level = Level.ERROR,
    category = Category.CORRECTNESS,
    summary = "No container_name on a service with more than one replica.")
public final class NoScaledContainerName implements ComposeRule {
  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      Optional<SpannedText> name = s.containerName();
      Optional<BigDecimal> replicas = ConsistentReplicas.replicas(s);
      if (name.isEmpty() || replicas.isEmpty() || replicas.get().compareTo(BigDecimal.ONE) <= 0) {
        continue;
      }
      ctx.report(
          name.get().span(),
          "service '"
              + s.name().value()
              + "' runs "
              + replicas.get()
              + " replicas, but container_name gives every one the same name, which Compose"
              + " refuses; remove container_name");
    }
  }
}
