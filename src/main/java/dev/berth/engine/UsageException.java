package dev.berth.engine;

/**
 * berth cannot do what was asked: a missing or unreadable path, a type it cannot detect, an
 * unwritable output. The CLI prints the message on one line and exits with code 2.
 */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
