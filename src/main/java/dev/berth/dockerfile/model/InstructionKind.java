package dev.berth.dockerfile.model;

import java.util.Locale;

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

  /** The kind named by a keyword, compared case-insensitively; {@link #UNKNOWN} otherwise. */
  public static InstructionKind of(String keyword) {
    String upper = keyword.toUpperCase(Locale.ROOT);
    for (InstructionKind k : values()) {
      if (k != UNKNOWN && k.name().equals(upper)) {
        return k;
      }
    }
    return UNKNOWN;
  }

  /** Whether a heredoc ({@code <<EOF}) may follow this instruction in shell form. */
  public boolean takesHeredocs() {
    return this == RUN || this == COPY || this == ADD;
  }
}
