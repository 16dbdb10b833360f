package dev.berth.api;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.Project;

/** The context of a {@link ComposeRule}: the loaded compose file. */
public interface ComposeContext extends RuleContext {
  ComposeFile model();

  /**
   * The typed view of the file (services, networks, volumes...), built on first use and shared by
   * every rule that checks the file.
   */
  Project project();
}
