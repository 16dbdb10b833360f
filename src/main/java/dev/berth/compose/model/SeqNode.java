package dev.berth.compose.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/** A sequence. */
public record SeqNode(Span span, List<Node> items, Optional<String> tag, Optional<Span> alias)
    implements Node {}
