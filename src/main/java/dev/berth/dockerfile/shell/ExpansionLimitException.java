package dev.berth.dockerfile.shell;

/**
 * Processing a word stopped because it would expand past {@link BuildkitWords.Options#maxExpansion}
 * or take more pattern-matching work than {@link BuildkitWords#MAX_MATCH_WORK}. Not a syntax error
 * of the text, but callers that only handle {@link ShellSyntaxException} still stop safely.
 */
public final class ExpansionLimitException extends ShellSyntaxException {
  private static final long serialVersionUID = 1L;

  public ExpansionLimitException(String message, int offset) {
    super(message, offset);
  }
}
