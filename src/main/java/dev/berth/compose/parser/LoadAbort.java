package dev.berth.compose.parser;

import dev.berth.core.Problem;

/**
 * Stops loading a file: the problem makes the rest of it meaningless or unsafe to build (a syntax
 * error, an alias cycle, a limit). Thrown and caught inside the parser only.
 */
final class LoadAbort extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  LoadAbort(Problem problem) {
    super(problem.message(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
