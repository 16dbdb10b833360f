package dev.berth.compose.model;

import java.util.Optional;

/** A {@code links} or {@code external_links} entry: {@code SERVICE[:ALIAS]}. */
public record Link(SpannedText target, Optional<SpannedText> alias, ScalarNode node) {}
