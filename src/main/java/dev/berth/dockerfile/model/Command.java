package dev.berth.dockerfile.model;

import dev.berth.core.Span;

/** The command of RUN, CMD, ENTRYPOINT, SHELL or HEALTHCHECK CMD: shell form or exec form. */
public sealed interface Command permits ShellForm, ExecForm {
  Span span();

  /** The command as one line of text: shell form as written, exec form joined with spaces. */
  String joined();
}
