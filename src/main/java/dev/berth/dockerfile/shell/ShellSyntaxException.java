package dev.berth.dockerfile.shell;

/** A word that BuildKit's shell-word processor rejects, such as {@code ${}} or {@code ${x:=y}}. */
public class ShellSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  public ShellSyntaxException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  /** Index in the processed text (UTF-16) where the problem was detected. */
  public int offset() {
    return offset;
  }
}
