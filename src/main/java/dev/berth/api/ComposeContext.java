package dev.berth.api;

import dev.berth.compose.model.ComposeFile;

/** The context of a {@link ComposeRule}: the loaded compose file. */
public interface ComposeContext extends RuleContext {
  ComposeFile model();
}
