package dev.berth.dockerfile.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code COPY} or {@code ADD}: sources and a destination, whitespace-separated or a JSON array,
 * possibly with heredocs as sources.
 */
public sealed interface Transfer extends Instruction permits Copy, Add {
  List<Word> args();

  boolean execForm();

  /** Everything but the last argument. */
  default List<Word> sources() {
    List<Word> args = args();
    return args.size() < 2 ? List.of() : args.subList(0, args.size() - 1);
  }

  /** The last argument. */
  default Optional<Word> destination() {
    List<Word> args = args();
    return args.isEmpty() ? Optional.empty() : Optional.of(args.get(args.size() - 1));
  }

  /** Whether a source is a heredoc operator ({@code <<EOF}), whose body is the file. */
  default boolean isHeredoc(Word source) {
    return heredocs().stream().anyMatch(h -> h.operator().span().equals(source.span()));
  }
}
