package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code HEALTHCHECK}: {@code type} is {@code CMD} or {@code NONE} as written (case kept); {@code
 * command} follows {@code CMD}.
 */
public record Healthcheck(
    Keyword keyword, List<Flag> flags, Optional<Word> type, Optional<Command> command, Span span)
    implements Instruction {
  public boolean isNone() {
    return type.map(t -> t.text().equalsIgnoreCase("NONE")).orElse(false);
  }
}
