package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** {@code ONBUILD}: an instruction run when the image is used as a base. */
public record Onbuild(Keyword keyword, List<Flag> flags, Optional<Instruction> trigger, Span span)
    implements Instruction {}
