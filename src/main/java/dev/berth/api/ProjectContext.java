package dev.berth.api;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Project;
import dev.berth.compose.project.ComposeProject;
import dev.berth.compose.project.ProjectFile;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import java.util.Map;

/**
 * The context of a {@link ProjectRule}: a compose project as {@code docker compose} assembles it
 * (override files, includes, extends, profiles; see {@link ComposeProject}) and the Dockerfiles its
 * services build. Findings may be reported in any of these files: a node of the merged project is
 * reported in the file it is written in.
 */
public interface ProjectContext {
  /** The merged project: every node knows its file, every service what it builds. */
  ComposeProject project();

  /** The main compose file, as loaded on its own. */
  default ComposeFile compose() {
    return project().main().loaded();
  }

  /**
   * The typed view of one file of the project as that file's own lint sees it: {@link
   * Project#standalone()} tells whether the compose rules judged the names the file uses, {@link
   * Project#hasUnsetVariable} where its variables are not set.
   */
  Project fileView(ProjectFile file);

  /** The Dockerfiles the active services build and berth could read, keyed by service name. */
  Map<String, Dockerfile> dockerfiles();

  RuleOptions options();

  LintSettings settings();

  void report(SourceText file, Span span, String message);

  void report(SourceText file, Span span, String message, Fix fix);

  /**
   * Reports under one of the rule's further codes ({@link RuleInfo#codes()}) at the level the
   * finding has unless configuration overrides it, as {@link RuleContext#report(String, Level,
   * Span, String)} does.
   */
  void report(String code, Level level, SourceText file, Span span, String message);

  /** Reports at a node of the merged project, in the file and at the place it is written. */
  default void report(Node node, String message) {
    report(project().sourceOf(node), node.site(), message);
  }
}
