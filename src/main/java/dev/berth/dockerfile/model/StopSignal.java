package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** {@code STOPSIGNAL}: the signal that stops the container; the whole rest of the line. */
public record StopSignal(Keyword keyword, List<Flag> flags, Optional<Word> argument, Span span)
    implements Instruction {}
