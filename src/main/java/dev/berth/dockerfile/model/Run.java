package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** {@code RUN}: a command in shell or exec form, and the heredocs it reads. */
public record Run(
    Keyword keyword, List<Flag> flags, Optional<Command> command, List<Heredoc> heredocs, Span span)
    implements Instruction {}
