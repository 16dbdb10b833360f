package dev.berth.dockerfile.model;

import dev.berth.core.Span;

/**
 * A comment line. {@code text} is what follows the {@code #}; {@code inContinuation} is true for a
 * comment line inside a continued instruction, which BuildKit drops from the instruction.
 */
public record Comment(Span span, String text, boolean inContinuation) {}
