package dev.berth.core;

/**
 * Something a parser or loader found wrong with a file: a syntax error the tool that consumes the
 * file would refuse (level error) or a warning. {@code code} is the id of the rule that reports it.
 */
public record Problem(String code, Level level, Span span, String message) {}
