package dev.berth.shellcheck;

import java.util.List;
import java.util.Optional;

/**
 * What running ShellCheck over some scripts gave: its comments, or why it gave none ({@code
 * failure}: it could not be started, timed out, failed or printed something unreadable).
 */
public record ShellCheckRun(List<ShellCheckComment> comments, Optional<String> failure) {
  public ShellCheckRun {
    comments = List.copyOf(comments);
  }

  static ShellCheckRun failed(String why) {
    return new ShellCheckRun(List.of(), Optional.of(why));
  }
}
