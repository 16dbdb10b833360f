package dev.berth.api;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Project;
import dev.berth.core.Span;

/** The context of a {@link ComposeRule}: the loaded compose file. */
public interface ComposeContext extends RuleContext {
  ComposeFile model();

  /**
   * The typed view of the file (services, networks, volumes...), built on first use and shared by
   * every rule that checks the file.
   */
  Project project();

  /**
   * Reports a finding at {@code span}, which lies in {@code node}. A check that a {@link
   * ProjectRule} also runs over a merged project reports this way: there the node tells which file
   * of the project the span is in. In a single file this is {@link #report(Span, String)}.
   */
  default void report(Node node, Span span, String message) {
    report(span, message);
  }
}
