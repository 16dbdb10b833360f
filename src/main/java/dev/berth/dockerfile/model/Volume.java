package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;

/** {@code VOLUME}: mount points, whitespace-separated or a JSON array. */
public record Volume(
    Keyword keyword, List<Flag> flags, List<Word> paths, boolean execForm, Span span)
    implements Instruction {}
