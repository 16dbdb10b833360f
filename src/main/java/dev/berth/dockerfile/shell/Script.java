package dev.berth.dockerfile.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The shell commands of a RUN, CMD, ENTRYPOINT or HEALTHCHECK (or of a heredoc script), in the
 * order they start in the file: those of lists ({@code &&}, {@code ||}, {@code ;}, {@code &}),
 * pipes, subshells, groups, {@code if}/{@code for}/{@code while}/{@code case} bodies, command
 * substitutions and backticks, and of scripts handed to a shell ({@code sh -c '...'}, {@code bash
 * <<EOF}). {@code complete} is false when the reader met something it could not follow (an
 * unterminated quote, nesting too deep); the commands read up to there are kept.
 */
public record Script(List<ShellCommand> commands, boolean complete) {
  public static final Script EMPTY = new Script(List.of(), true);

  /** The commands whose program is one of {@code names}. */
  public List<ShellCommand> commands(String... names) {
    List<ShellCommand> out = new ArrayList<>();
    for (ShellCommand c : commands) {
      if (c.is(names)) {
        out.add(c);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** True when one command matches. */
  public boolean any(Predicate<ShellCommand> test) {
    return commands.stream().anyMatch(test);
  }

  /** True when a command's output goes into a pipe ({@code |} or {@code |&}). */
  public boolean hasPipe() {
    return any(c -> c.operatorAfter().equals("|") || c.operatorAfter().equals("|&"));
  }
}
