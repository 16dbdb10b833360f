package dev.berth.compose.model;

import java.util.Optional;

/**
 * A service's use of a top-level secret, config or model: short syntax {@code - name} or long
 * syntax {@code - source: name}. {@code target} is the long syntax's {@code target} (for models,
 * {@code endpoint_var}); {@code node} is the list item or map entry value.
 */
public record Reference(SpannedText source, Optional<SpannedText> target, Node node) {}
