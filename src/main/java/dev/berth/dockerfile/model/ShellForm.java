package dev.berth.dockerfile.model;

import dev.berth.core.Span;

/**
 * A command in shell form. {@code text} is the command as BuildKit passes it to the shell
 * (continuation lines joined, comment lines inside the continuation dropped); {@code map} leads
 * every char of it back to its byte in the file.
 */
public record ShellForm(Span span, String raw, String text, TextMap map) implements Command {
  @Override
  public String joined() {
    return text;
  }
}
