package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** {@code SHELL}: the shell used for shell-form commands; must be a JSON array. */
public record Shell(Keyword keyword, List<Flag> flags, Optional<Command> command, Span span)
    implements Instruction {}
