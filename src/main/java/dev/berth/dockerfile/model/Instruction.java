package dev.berth.dockerfile.model;

import dev.berth.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * One Dockerfile instruction. {@link #span()} runs from the first character of the keyword to the
 * end of the instruction's last line (its last continuation line, or the terminator of its last
 * heredoc), without the final line break.
 */
public sealed interface Instruction
    permits Add,
        Arg,
        Cmd,
        Copy,
        Entrypoint,
        Env,
        Expose,
        From,
        Healthcheck,
        Label,
        Maintainer,
        Onbuild,
        Run,
        Shell,
        StopSignal,
        Transfer,
        UnknownInstruction,
        User,
        Volume,
        Workdir {

  Keyword keyword();

  List<Flag> flags();

  Span span();

  default InstructionKind kind() {
    return keyword().kind();
  }

  /** The heredocs of a RUN, COPY or ADD; none for the other instructions. */
  default List<Heredoc> heredocs() {
    return List.of();
  }

  /** The first flag with this name (without {@code --}). */
  default Optional<Flag> flag(String name) {
    for (Flag f : flags()) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
