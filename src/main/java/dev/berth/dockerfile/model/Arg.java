package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;

/** {@code ARG}: build arguments, each {@code name} or {@code name=default}. */
public record Arg(Keyword keyword, List<Flag> flags, List<ArgDeclaration> declarations, Span span)
    implements Instruction {}
