package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.Optional;

/**
 * A here-document: the operator word on the instruction line ({@code <<-"EOF"}), the delimiter
 * {@code name} after quote removal, whether BuildKit expands variables in the body ({@code expand}:
 * no part of the delimiter was quoted), whether leading tabs are stripped ({@code chomp}, for
 * {@code <<-}), the file descriptor before {@code <<}, the body exactly as read (line endings
 * kept), and the terminator line, absent when the heredoc is unterminated.
 */
public record Heredoc(
    Word operator,
    String name,
    boolean expand,
    boolean chomp,
    int fileDescriptor,
    Span body,
    String content,
    Optional<Span> terminator) {

  /** The body with leading tabs removed from each line when {@link #chomp()} is set. */
  public String effectiveContent() {
    return chomp ? content.replaceAll("(?m)^\\t+", "") : content;
  }
}
