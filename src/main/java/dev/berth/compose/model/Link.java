package dev.berth.compose.model;

import java.util.Optional;

/** A {@code links} or {@code external_links} entry: {@code SERVICE[:ALIAS]}. */
public record Link(Text target, Optional<Text> alias, ScalarNode node) {}
