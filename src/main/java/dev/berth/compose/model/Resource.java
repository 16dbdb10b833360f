package dev.berth.compose.model;

import java.util.Optional;

/**
 * A top-level network, volume, secret, config or model. {@code key} is its name where it is
 * declared; {@code body} is its mapping (absent for {@code name:} with a null value); {@code
 * external} is {@code external: true} (or the deprecated {@code external: {name: x}}); {@code name}
 * is its {@code name:} property, the name the Engine knows it by.
 */
public record Resource(
    ScalarNode key, Optional<MapNode> body, boolean external, Optional<ScalarNode> name) {

  public String id() {
    return key.value();
  }

  /** A property of the resource. */
  public Optional<Node> get(String property) {
    return body.flatMap(b -> b.get(property));
  }
}
