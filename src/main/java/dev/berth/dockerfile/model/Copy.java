package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;

/**
 * {@code COPY}: sources and a destination, whitespace-separated or a JSON array, possibly with
 * heredocs as sources.
 */
public record Copy(
    Keyword keyword,
    List<Flag> flags,
    List<Word> args,
    boolean execForm,
    List<Heredoc> heredocs,
    Span span)
    implements Instruction, Transfer {}
