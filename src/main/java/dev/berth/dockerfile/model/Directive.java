package dev.berth.dockerfile.model;

import dev.berth.core.Span;

/**
 * A parser directive ({@code # syntax=...}, {@code # escape=...}, {@code # check=...}) from the
 * leading block of the file. {@code name} is lower-cased.
 */
public record Directive(Span span, String name, Span nameSpan, String value, Span valueSpan) {}
