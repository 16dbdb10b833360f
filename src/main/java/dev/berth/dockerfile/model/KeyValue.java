package dev.berth.dockerfile.model;

import dev.berth.core.Span;

/**
 * One pair of ENV or LABEL. In the current form ({@code key=value}) key and value are the text
 * before and after the first {@code =} of one word, quotes kept as BuildKit's parser keeps them. In
 * the legacy form ({@code ENV key value}, {@code legacy} true) the value is the whole rest of the
 * line.
 */
public record KeyValue(Span span, Word key, Word value, boolean legacy) {}
