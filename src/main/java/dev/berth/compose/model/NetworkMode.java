package dev.berth.compose.model;

import java.util.Optional;

/**
 * A service's {@code network_mode}, read as Compose and the Engine read it. {@code target} is the
 * {@code x} of {@code service:x} and {@code container:x}.
 */
public record NetworkMode(SpannedText text, Kind kind, Optional<SpannedText> target) {

  /** What kind of network stack the service gets. */
  public enum Kind {
    /** {@code bridge} or {@code default}: the Engine's default bridge. */
    BRIDGE,
    HOST,
    NONE,
    /** {@code service:x}: the stack of another service's container. */
    SERVICE,
    /** {@code container:x}: the stack of a container not managed by this file. */
    CONTAINER,
    /** Anything else: the name of a network made outside Compose. */
    OTHER
  }

  /** Whether the service shares another container's network stack. */
  public boolean shared() {
    return kind == Kind.SERVICE || kind == Kind.CONTAINER;
  }

  static NetworkMode of(ScalarText s) {
    String v = s.node().value();
    SpannedText text = s.whole();
    if (v.startsWith("service:")) {
      return new NetworkMode(text, Kind.SERVICE, Optional.of(s.part(8, v.length())));
    }
    if (v.startsWith("container:")) {
      return new NetworkMode(text, Kind.CONTAINER, Optional.of(s.part(10, v.length())));
    }
    switch (v) {
      case "host":
        return new NetworkMode(text, Kind.HOST, Optional.empty());
      case "none":
        return new NetworkMode(text, Kind.NONE, Optional.empty());
      case "bridge":
      case "default":
        return new NetworkMode(text, Kind.BRIDGE, Optional.empty());
      default:
        return new NetworkMode(text, Kind.OTHER, Optional.empty());
    }
  }
}
