package dev.berth.dockerfile.model;

import dev.berth.core.Level;
import dev.berth.core.Span;

/**
 * Something the parser found wrong with the file: a syntax error BuildKit would refuse (level
 * error) or a parser warning. {@code code} is the id of the rule that reports it.
 */
public record ParseProblem(String code, Level level, Span span, String message) {}
