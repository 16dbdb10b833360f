package dev.berth.compose.project;

import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.ScalarNode;
import java.util.List;
import java.util.Optional;

/**
 * A service of a merged project: its name as written where it was first defined, its merged
 * definition, its profiles, whether the profiles in effect enable it (see {@link
 * ComposeProject#services()}), and what it builds.
 */
public record ProjectService(
    String name,
    ScalarNode key,
    MapNode definition,
    List<String> profiles,
    boolean active,
    Optional<ServiceBuild> build) {
  public ProjectService {
    profiles = List.copyOf(profiles);
  }
}
