package dev.berth.dockerfile.model;

import dev.berth.core.GoText;
import java.util.List;
import java.util.Optional;

/**
 * A build stage: a {@code FROM} and the instructions up to the next one. {@code index} counts
 * stages from 0, as {@code COPY --from=0} does. A Dockerfile fragment with no FROM at all (a
 * snippet) is linted as one implicit stage, whose {@code from} is empty.
 */
public record Stage(int index, Optional<From> from, List<Instruction> instructions) {
  /** True for the stage berth makes up for a fragment without FROM. */
  public boolean isImplicit() {
    return from.isEmpty();
  }

  /** The stage name as written, when the FROM has {@code AS name}. */
  public Optional<Word> name() {
    return from.flatMap(From::stageName);
  }

  /** The stage name lower-cased, as BuildKit compares stage names. */
  public Optional<String> normalizedName() {
    return name().map(w -> GoText.toLower(w.text()));
  }

  /** The stage's instructions of one type, FROM excluded. */
  public <T extends Instruction> List<T> instructions(Class<T> type) {
    return instructions.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
