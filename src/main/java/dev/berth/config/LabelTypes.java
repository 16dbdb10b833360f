package dev.berth.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The value types a label schema may require (hadolint's): an empty type means text. */
final class LabelTypes {
  static final List<String> ALL =
      List.of("text", "url", "semver", "hash", "rfc3339", "spdx", "email");
  static final String EXPECTED = "one of text, url, semver, hash, rfc3339, spdx, email";

  private LabelTypes() {}

  static Optional<String> parse(String type) {
    String t = type.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Optional.of("text");
    }
    return ALL.contains(t) ? Optional.of(t) : Optional.empty();
  }
}
