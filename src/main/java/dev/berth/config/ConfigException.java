package dev.berth.config;

/**
 * A configuration berth cannot use: a missing or unreadable config file, malformed YAML, an unknown
 * key, a bad value, an unknown rule id. The message is one line that says where ({@code
 * FILE:LINE:COLUMN}, an environment variable or a command-line option), which key, and what was
 * expected; the CLI prints it and exits with code 2.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A copy for rethrowing a cached failure on another thread, so no instance is shared. */
  ConfigException copy() {
    return new ConfigException(getMessage(), this);
  }
}
