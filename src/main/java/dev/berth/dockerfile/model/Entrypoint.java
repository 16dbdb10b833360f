package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** {@code ENTRYPOINT}: the executable the image runs. */
public record Entrypoint(Keyword keyword, List<Flag> flags, Optional<Command> command, Span span)
    implements Instruction {}
