package dev.berth.compose.parser;

import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a file in the Compose v1 format, where services are written at the top level without a
 * {@code services:} key. Current Compose does not read that format; reporting it once, with the
 * fix, says more than one schema error per service.
 */
final class LegacyFormat {
  private LegacyFormat() {}

  /** The keys Compose allows at the top level, besides {@code x-} extensions. */
  static final Set<String> TOP_LEVEL_KEYS =
      Set.of(
          "version",
          "name",
          "include",
          "services",
          "models",
          "networks",
          "volumes",
          "secrets",
          "configs");

  static Optional<Problem> check(MapNode root) {
    if (root.get("services").isPresent()) {
      return Optional.empty();
    }
    List<MapNode.Entry> services = new ArrayList<>();
    for (MapNode.Entry e : root.entries()) {
      String key = e.key().value();
      if (TOP_LEVEL_KEYS.contains(key) || key.startsWith("x-")) {
        continue;
      }
      if (e.value() instanceof MapNode m
          && (m.get("image").isPresent() || m.get("build").isPresent())) {
        services.add(e);
      }
    }
    if (services.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (MapNode.Entry e : services.subList(0, Math.min(3, services.size()))) {
      names.add(e.key().value());
    }
    String list = String.join(", ", names) + (services.size() > 3 ? ", ..." : "");
    return Optional.of(
        new Problem(
            ComposeProblemCodes.NO_LEGACY_V1_FORMAT,
            Level.ERROR,
            services.get(0).key().site(),
            "This file uses the legacy Compose v1 format: services ("
                + list
                + ") are defined at the top level. Current Compose reads services only under a"
                + " `services:` key; add `services:` at the top and indent the service definitions"
                + " under it."));
  }
}
