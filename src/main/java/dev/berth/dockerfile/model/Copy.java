package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

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
    implements Instruction {
  /** Everything but the last argument. */
  public List<Word> sources() {
    return args.size() < 2 ? List.of() : args.subList(0, args.size() - 1);
  }

  /** The last argument. */
  public Optional<Word> destination() {
    return args.isEmpty() ? Optional.empty() : Optional.of(args.get(args.size() - 1));
  }
}
