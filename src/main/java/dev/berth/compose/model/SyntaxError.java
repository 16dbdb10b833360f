package dev.berth.compose.model;

import dev.berth.core.Span;

/**
 * A short-syntax value Compose cannot read (or reads differently from what it says): a port, volume
 * or device string. {@code span} is the offending characters; {@code message} says what is wrong
 * and what to write instead.
 */
public record SyntaxError(Span span, String message) {}
