package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;

/**
 * {@code ADD}: sources and a destination, whitespace-separated or a JSON array, possibly with
 * heredocs as sources.
 */
public record Add(
    Keyword keyword,
    List<Flag> flags,
    List<Word> args,
    boolean execForm,
    List<Heredoc> heredocs,
    Span span)
    implements Instruction, Transfer {}
