package dev.berth.core;

import java.util.Locale;

/** How serious a finding is, from most to least severe (hadolint's four levels). */
public enum Level {
  ERROR,
  WARNING,
  INFO,
  STYLE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this level is at least as severe as {@code threshold}. */
  public boolean atLeast(Level threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Level parse(String text) {
    for (Level level : values()) {
      if (level.id().equalsIgnoreCase(text.trim())) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "unknown level '" + text + "' (expected error, warning, info or style)");
  }
}
