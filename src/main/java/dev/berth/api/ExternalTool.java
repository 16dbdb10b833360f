package dev.berth.api;

import java.nio.file.Path;
import java.time.Duration;

/**
 * An external program a rule runs, such as {@code shellcheck}: the executable and how long one run
 * for one linted file may take before it is stopped.
 */
public record ExternalTool(Path executable, Duration timeout) {
  /** How long an external tool may take per file unless configured otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public ExternalTool {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }
}
