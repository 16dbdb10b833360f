package dev.berth.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * An external program a rule runs, such as {@code shellcheck}: the executable, how long one run for
 * one linted file may take before it is stopped, how many of its processes may run at once (the
 * run's {@code --jobs}), and the folder where its results may be kept between runs (empty: not
 * kept), which the CLI takes from its own environment.
 */
public record ExternalTool(
    Path executable, Duration timeout, int processes, Optional<Path> cacheFolder) {
  /** How long an external tool may take per file unless configured otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public ExternalTool {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (processes < 1) {
      throw new IllegalArgumentException("processes must be at least 1: " + processes);
    }
  }

  /** The tool with one process per processor at most and no cache. */
  public ExternalTool(Path executable, Duration timeout) {
    this(executable, timeout, Runtime.getRuntime().availableProcessors(), Optional.empty());
  }

  public ExternalTool withProcesses(int n) {
    return new ExternalTool(executable, timeout, n, cacheFolder);
  }

  public ExternalTool withCacheFolder(Optional<Path> folder) {
    return new ExternalTool(executable, timeout, processes, folder);
  }
}
