package dev.berth.engine.suppress;

import dev.berth.core.Span;

/**
 * One id written in a suppression, where it was written (an empty span at offset 0 when it comes
 * from outside the file), and whether berth knows it.
 */
public record SuppressionId(String text, Span span, boolean known) {}
