package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;

/** {@code LABEL}: image metadata, {@code key=value ...} or the legacy {@code key value}. */
public record Label(Keyword keyword, List<Flag> flags, List<KeyValue> pairs, Span span)
    implements Instruction {}
