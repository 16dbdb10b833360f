package dev.berth.compose.project;

import dev.berth.compose.model.ComposeFile;
import dev.berth.core.SourceText;
import java.nio.file.Path;

/**
 * One compose file of a project: where it is, how it was loaded, the folder its relative paths are
 * taken from (the project folder for override files, the included project's folder for an included
 * file, its own folder for a file an {@code extends} names) and why it is part of the project.
 */
public record ProjectFile(Path path, ComposeFile loaded, Path relativeTo, Role role) {
  /** Why a file is part of a project. */
  public enum Role {
    /** The first compose file. */
    MAIN,
    /** {@code compose.override.yaml}, or a later {@code --compose-file}. */
    OVERRIDE,
    /** Named by an {@code include} entry. */
    INCLUDED,
    /** Named by an {@code extends.file}. */
    EXTENDED
  }

  public SourceText source() {
    return loaded.source();
  }
}
