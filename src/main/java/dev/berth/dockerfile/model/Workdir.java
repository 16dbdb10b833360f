package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** {@code WORKDIR}: the working directory; the whole rest of the line. */
public record Workdir(Keyword keyword, List<Flag> flags, Optional<Word> argument, Span span)
    implements Instruction {}
