package dev.berth.config;

import dev.berth.core.Level;
import java.util.Locale;
import java.util.Optional;

/**
 * The level at or above which a finding makes berth exit 1; {@link #NONE} means findings never do.
 */
record FailureThreshold(Optional<Level> level) {
  static final FailureThreshold NONE = new FailureThreshold(Optional.empty());
  static final FailureThreshold DEFAULT = of(Level.INFO);

  static FailureThreshold of(Level level) {
    return new FailureThreshold(Optional.of(level));
  }

  /** berth's words: a level or {@code none} (never fail); any case. */
  static Optional<FailureThreshold> parseBerth(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("none")) {
      return Optional.of(NONE);
    }
    return level(t).map(FailureThreshold::of);
  }

  /**
   * hadolint's words: a level, or {@code ignore} or {@code none}, which in hadolint make any
   * remaining finding fail, that is a threshold of {@code style}.
   */
  static Optional<FailureThreshold> parseHadolint(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("none") || t.equals("ignore")) {
      return Optional.of(of(Level.STYLE));
    }
    return level(t).map(FailureThreshold::of);
  }

  private static Optional<Level> level(String t) {
    for (Level l : Level.values()) {
      if (l.id().equals(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
