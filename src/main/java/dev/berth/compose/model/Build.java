package dev.berth.compose.model;

import java.util.List;
import java.util.Optional;

/**
 * A service's {@code build}: the short syntax {@code build: ./dir} is the context alone. Compose
 * defaults the context to {@code .} and the Dockerfile to {@code Dockerfile}; those defaults are
 * not filled in here (the fields are empty when the file does not write them).
 */
public record Build(
    Node node,
    Optional<SpannedText> context,
    Optional<SpannedText> dockerfile,
    Optional<SpannedText> dockerfileInline,
    Optional<SpannedText> target,
    List<ListOrMapEntry> args,
    List<Reference> secrets,
    List<ListOrMapEntry> additionalContexts,
    List<SpannedText> platforms) {

  /** A property of the long syntax. */
  public Optional<Node> get(String key) {
    return node instanceof MapNode ? ((MapNode) node).get(key) : Optional.empty();
  }
}
