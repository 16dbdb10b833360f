package dev.berth.rules.compose;

import dev.berth.api.ProjectContext;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.Project;
import dev.berth.compose.project.ComposeProject;
import dev.berth.compose.project.ProjectFile;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a check that {@link StandaloneOnly} keeps to files standing alone over the merged model of a
 * project of several files (the main file and its override files, its {@code include}d files, the
 * files its services extend): the names a file uses may be declared in another file of the project,
 * and after the merge they all are where Compose looks for them.
 *
 * <p>Each file is told a thing once. In a file that does not stand alone (one that includes others,
 * one that a neighbour includes, an override file) every finding of the merged model is reported:
 * the file's own lint judged nothing. A file that stands alone was judged on its own, so here it
 * gets only what the merge adds (the override file puts a dependency on another network): the check
 * is run on the file alone too, and a finding that overlaps one of those is dropped. Nothing is
 * reported where the file's own text has a variable that is not set. A project whose main file a
 * neighbour includes is a part of that neighbour's project, which is judged as a whole instead.
 */
final class WholeProject extends ProjectFileContext {
  private final StandaloneOnly.Check check;
  private final ComposeProject project;
  private final Map<ProjectFile, List<Span>> alone = new IdentityHashMap<>();

  private WholeProject(ProjectContext ctx, StandaloneOnly.Check check) {
    super(ctx, ctx.project().main().loaded(), ctx.project().model());
    this.check = check;
    this.project = ctx.project();
  }

  static void run(ProjectContext ctx, StandaloneOnly.Check check) {
    if (whole(ctx)) {
      check.run(new WholeProject(ctx, check));
    }
  }

  /**
   * Whether the project is made of several files and is all there is: not when one of its includes
   * could not be loaded (a missing file, a cycle: the names it defines are unknown), nor when a
   * neighbour includes its main file, nor when the main file's name marks it as an addition to
   * another file ({@code docker-compose.prod.yml}) and no file is merged onto it, as when it is
   * linted without the {@code --compose-file} list it belongs to.
   */
  private static boolean whole(ProjectContext ctx) {
    ComposeProject project = ctx.project();
    if (project.files().size() < 2) {
      return false;
    }
    if (!project.includesLoaded()) {
      return false;
    }
    Project main = ctx.fileView(project.main());
    if (main.included()) {
      return false;
    }
    if (main.namedAsBase()) {
      return true;
    }
    for (ProjectFile f : project.files()) {
      if (f.role() == ProjectFile.Role.OVERRIDE) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void report(Node node, Span span, String message) {
    ProjectFile file = project.fileOf(node);
    if (judges(file, span)) {
      ctx.report(file.source(), span, message);
    }
  }

  @Override
  public void report(Span span, String message) {
    if (judges(project.main(), span)) {
      ctx.report(source(), span, message);
    }
  }

  @Override
  public void report(Span span, String message, Fix fix) {
    if (judges(project.main(), span)) {
      ctx.report(source(), span, message, fix);
    }
  }

  @Override
  public void report(String code, Level level, Span span, String message) {
    if (judges(project.main(), span)) {
      ctx.report(code, level, source(), span, message);
    }
  }

  /** Whether a finding at {@code span} of {@code file} is this pass's to report. */
  private boolean judges(ProjectFile file, Span span) {
    Project own = ctx.fileView(file);
    if (own.hasUnsetVariable(span)) {
      return false;
    }
    if (!own.standalone()) {
      return true;
    }
    List<Span> found = alone.get(file);
    if (found == null) {
      found = new ArrayList<>();
      check.run(new Alone(file, own, found));
      alone.put(file, found);
    }
    for (Span s : found) {
      if (s.start() < span.end() && span.start() < s.end() || s.equals(span)) {
        return false;
      }
    }
    return true;
  }

  /** A file of the project on its own, as its own lint checks it: only where findings are kept. */
  private final class Alone extends ProjectFileContext {
    private final List<Span> found;

    Alone(ProjectFile file, Project own, List<Span> found) {
      super(WholeProject.this.ctx, file.loaded(), own);
      this.found = found;
    }

    @Override
    public void report(Span span, String message) {
      found.add(span);
    }

    @Override
    public void report(Span span, String message, Fix fix) {
      found.add(span);
    }

    @Override
    public void report(String code, Level level, Span span, String message) {
      found.add(span);
    }
  }
}
