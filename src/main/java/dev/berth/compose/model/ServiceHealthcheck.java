package dev.berth.compose.model;

import java.util.Optional;

/**
 * A service's {@code healthcheck}. {@code disabled} is true for {@code disable: true} and for a
 * {@code test} of {@code NONE} ({@code ["NONE"]} or the string {@code NONE}): Compose then runs no
 * check, and no image check either.
 */
public record ServiceHealthcheck(MapNode node, Optional<Node> test, boolean disabled) {}
