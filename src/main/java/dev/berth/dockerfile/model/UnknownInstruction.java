package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * A line whose first word is not one of the eighteen instructions; BuildKit's parser accepts it and
 * the build then fails.
 */
public record UnknownInstruction(Keyword keyword, List<Flag> flags, Optional<Word> text, Span span)
    implements Instruction {}
