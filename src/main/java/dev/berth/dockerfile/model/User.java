package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** {@code USER}: {@code user[:group]}; the whole rest of the line. */
public record User(Keyword keyword, List<Flag> flags, Optional<Word> argument, Span span)
    implements Instruction {}
