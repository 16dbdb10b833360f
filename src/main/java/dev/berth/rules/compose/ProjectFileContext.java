package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.api.LintSettings;
import dev.berth.api.ProjectContext;
import dev.berth.api.RuleOptions;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.Project;
import dev.berth.core.SourceText;

/**
 * A compose rule's context over a view of a project (the merged project, or one of its files on its
 * own) while a project rule runs: the rule's options and settings are the project rule's;
 * subclasses say where findings go.
 */
abstract class ProjectFileContext implements ComposeContext {
  final ProjectContext ctx;
  private final ComposeFile file;
  private final Project view;

  ProjectFileContext(ProjectContext ctx, ComposeFile file, Project view) {
    this.ctx = ctx;
    this.file = file;
    this.view = view;
  }

  @Override
  public ComposeFile model() {
    return file;
  }

  @Override
  public Project project() {
    return view;
  }

  @Override
  public SourceText source() {
    return file.source();
  }

  @Override
  public RuleOptions options() {
    return ctx.options();
  }

  @Override
  public LintSettings settings() {
    return ctx.settings();
  }
}
