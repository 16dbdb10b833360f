package dev.berth.config;

import java.util.Optional;

/**
 * A {@code NAME:TYPE} label requirement ({@code --require-label}, {@code HADOLINT_REQUIRE_LABELS}).
 */
record RequiredLabel(String name, String type) {
  /** No colon or an empty type means text; an empty name or an unknown type is no requirement. */
  static Optional<RequiredLabel> parse(String text) {
    int colon = text.indexOf(':');
    String name = (colon < 0 ? text : text.substring(0, colon)).trim();
    String type = colon < 0 ? "" : text.substring(colon + 1);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return LabelTypes.parse(type).map(t -> new RequiredLabel(name, t));
  }
}
