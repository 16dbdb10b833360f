package dev.berth.dockerfile.model;

import dev.berth.core.GoText;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The eighteen Dockerfile instructions, plus any other word in instruction position. */
public enum InstructionKind {
  ADD,
  ARG,
  CMD,
  COPY,
  ENTRYPOINT,
  ENV,
  EXPOSE,
  FROM,
  HEALTHCHECK,
  LABEL,
  MAINTAINER,
  ONBUILD,
  RUN,
  SHELL,
  STOPSIGNAL,
  USER,
  VOLUME,
  WORKDIR,
  UNKNOWN;

  /**
   * The kind named by a keyword, lower-cased with Go's rules as BuildKit matches it (so a long s in
   * {@code ſhell} makes it no instruction, while a Kelvin sign in {@code WORKDIR} is a k); {@link
   * #UNKNOWN} otherwise.
   */
  public static InstructionKind of(String keyword) {
    InstructionKind k = BY_NAME.get(keyword); // the usual upper-case keyword, without lowering it
    return k != null ? k : BY_LOWER_NAME.getOrDefault(GoText.toLower(keyword), UNKNOWN);
  }

  private static final Map<String, InstructionKind> BY_NAME = byName();

  private static Map<String, InstructionKind> byName() {
    Map<String, InstructionKind> m = new HashMap<>();
    for (InstructionKind k : values()) {
      if (k != UNKNOWN) {
        m.put(k.name(), k);
      }
    }
    return Map.copyOf(m);
  }

  private static final Map<String, InstructionKind> BY_LOWER_NAME = byLowerName();

  private static Map<String, InstructionKind> byLowerName() {
    Map<String, InstructionKind> m = new HashMap<>();
    for (InstructionKind k : values()) {
      if (k != UNKNOWN) {
        m.put(k.name().toLowerCase(Locale.ROOT), k);
      }
    }
    return Map.copyOf(m);
  }

  /** Whether a heredoc ({@code <<EOF}) may follow this instruction in shell form. */
  public boolean takesHeredocs() {
    return this == RUN || this == COPY || this == ADD;
  }
}
