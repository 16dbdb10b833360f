package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code FROM}: starts a stage. {@code args} are the whitespace-separated words: the image, and
 * {@code AS name} when present.
 */
public record From(Keyword keyword, List<Flag> flags, List<Word> args, Span span)
    implements Instruction {
  /** The base image reference as written, when there is one. */
  public Optional<Word> image() {
    return args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
  }

  /** The {@code AS} keyword, when the instruction has the form {@code FROM image AS name}. */
  public Optional<Word> asKeyword() {
    return hasStageName() ? Optional.of(args.get(1)) : Optional.empty();
  }

  /** The stage name, when the instruction has the form {@code FROM image AS name}. */
  public Optional<Word> stageName() {
    return hasStageName() ? Optional.of(args.get(2)) : Optional.empty();
  }

  private boolean hasStageName() {
    return args.size() == 3 && args.get(1).text().equalsIgnoreCase("as");
  }
}
