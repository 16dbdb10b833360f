package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** {@code MAINTAINER}: the deprecated author field; the whole rest of the line. */
public record Maintainer(Keyword keyword, List<Flag> flags, Optional<Word> argument, Span span)
    implements Instruction {}
