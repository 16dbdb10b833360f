package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** {@code CMD}: the default command of the image. */
public record Cmd(Keyword keyword, List<Flag> flags, Optional<Command> command, Span span)
    implements Instruction {}
