package dev.berth.core;

import java.util.List;
import java.util.Optional;

/**
 * The findings of one file, sorted, with its source when it could be read (reporters use it to show
 * code frames).
 */
public record FileResult(String file, Optional<SourceText> source, List<Finding> findings) {}
