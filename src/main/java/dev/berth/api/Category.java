package dev.berth.api;

import java.util.Locale;

/** What kind of problem a rule finds. */
public enum Category {
  /** The file does not parse, or the builder would refuse it. */
  SYNTAX,
  /** The build or the container will misbehave. */
  CORRECTNESS,
  /** The image or the deployment is less safe than it should be. */
  SECURITY,
  /** Reproducibility, size and maintainability. */
  BEST_PRACTICE,
  /** Consistency of how the file is written. */
  STYLE;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
