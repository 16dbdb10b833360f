package dev.berth.rules.compose;

import dev.berth.api.Category;
import dev.berth.api.ComposeContext;
import dev.berth.api.ComposeRule;
import dev.berth.api.RuleInfo;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.VolumeMount;
import dev.berth.core.Level;
import java.util.Optional;
import java.util.Set;

/**
 * A bind mount with {@code shared}, {@code rshared}, {@code slave} or {@code rslave} propagation:
 * mounts made on one side appear on the other.
 */
@RuleInfo(
    id = "no-shared-mount-propagation",
    name = "no-shared-mount-propagation",
    level = Level.WARNING,
    category = Category.SECURITY,
    summary = "Do not let mounts propagate between the host and a container.")
public final class NoSharedMountPropagation implements ComposeRule {
  private static final Set<String> PROPAGATING = Set.of("shared", "rshared", "slave", "rslave");

  @Override
  public void check(ComposeContext ctx) {
    for (Service s : ctx.project().services()) {
      for (VolumeMount m : s.volumes()) {
        Optional<String> propagation = ServiceNodes.propagation(m);
        if (propagation.isPresent() && PROPAGATING.contains(propagation.get())) {
          String p = propagation.get();
          ctx.report(
              ServiceNodes.site(m),
              "Service '"
                  + s.name().value()
                  + "' mounts "
                  + (ServiceNodes.source(m).isEmpty()
                      ? ServiceNodes.target(m)
                      : ServiceNodes.source(m))
                  + " with "
                  + p
                  + " propagation: "
                  + (p.endsWith("shared")
                      ? "mounts the container makes appear on the host"
                      : "mounts made on the host appear in the container")
                  + "; use the default private propagation unless the service manages mounts");
        }
      }
    }
  }
}
