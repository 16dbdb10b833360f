package dev.berth.rules.compose;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.ScalarNode;
import java.util.List;
import java.util.Optional;

/** Whether a service defines a healthcheck that is on. */
final class Healthchecks {
  private Healthchecks() {}

  /** True when the service has a {@code healthcheck} that is neither disabled nor {@code NONE}. */
  static boolean enabled(ServiceNodes.Service s) {
    Optional<MapNode> h = s.map("healthcheck");
    if (h.isEmpty()) {
      return false;
    }
    if (h.get().get("disable").map(ServiceNodes::isTrue).orElse(false)) {
      return false;
    }
    List<ScalarNode> test = h.get().get("test").map(ServiceNodes::scalarItems).orElse(List.of());
    return test.isEmpty() || !test.get(0).value().trim().equalsIgnoreCase("NONE");
  }
}
