package dev.berth.dockerfile.model;

import dev.berth.core.Span;

/**
 * A piece of an instruction: its exact span in the file, its raw source text (continuations, quotes
 * and escapes as written), and its text as BuildKit's parser holds it (continuation lines joined;
 * for flags and JSON strings also unquoted and unescaped).
 */
public record Word(Span span, String raw, String text) {}
