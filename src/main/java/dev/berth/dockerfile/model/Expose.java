package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;

/** {@code EXPOSE}: port specifications such as {@code 80}, {@code 8080/udp}, {@code 9000-9010}. */
public record Expose(Keyword keyword, List<Flag> flags, List<Word> ports, Span span)
    implements Instruction {}
