package dev.berth.engine.suppress;

import dev.berth.api.Family;
import dev.berth.api.RuleCatalog;
import dev.berth.api.RuleMeta;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Dockerfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every suppression of one file, read once from its comments (and, for a Dockerfile, its {@code
 * check} directive), and applied to the findings after the rules ran, so that rules never see
 * suppression logic.
 *
 * <p>Besides dropping findings it carries what else the comments say: BuildKit's {@code error=true}
 * (findings of BuildKit checks become errors), the experimental checks {@code experimental=}
 * enables, hadolint's {@code shell=} pragmas (for ShellCheck), and the problems found in the
 * suppressions themselves (unknown ids, malformed pragmas, invalid check options), which the engine
 * hands to the rules that report them.
 *
 * <p>Dockerfile: {@link #forDockerfile}. Compose: {@link #forCompose}, then {@link #filter} on the
 * findings of the file, and {@link #problems()} added to the loaded file's problems so that the
 * {@code invalid-suppression} rule reports them.
 */
public final class Suppressions {
  /**
   * A finding a suppression dropped, and the suppression that dropped it (for reports that show
   * suppressed findings).
   */
  public record Suppressed(Finding finding, Suppression by) {}

  /**
   * An id (or, for a suppression without ids, the whole suppression) that matched no finding;
   * {@code id} is empty in the second case.
   */
  public record Unused(Suppression suppression, Optional<SuppressionId> id) {}

  /**
   * What {@link #apply} did: the findings kept (levels raised where {@code error=true} says so),
   * those dropped, and the unused ids.
   */
  public record Outcome(List<Finding> kept, List<Suppressed> suppressed, List<Unused> unused) {}

  /**
   * Experimental checks enabled for the lines of one instruction by a per-instruction {@code #
   * check=} comment.
   */
  record ExperimentalScope(int firstLine, int lastLine, boolean all, List<String> names) {}

  private final Family family;
  private final RuleCatalog catalog;
  private final List<Suppression> suppressions;
  private final List<Problem> problems;
  private final boolean errorOnBuildkitChecks;
  private final boolean experimentalAll;
  private final List<String> experimental;
  private final List<ExperimentalScope> experimentalScopes;
  private final List<ShellPragma> shellPragmas;

  Suppressions(
      Family family,
      RuleCatalog catalog,
      List<Suppression> suppressions,
      List<Problem> problems,
      boolean errorOnBuildkitChecks,
      boolean experimentalAll,
      List<String> experimental,
      List<ExperimentalScope> experimentalScopes,
      List<ShellPragma> shellPragmas) {
    this.family = family;
    this.catalog = catalog;
    this.suppressions = List.copyOf(suppressions);
    this.problems = List.copyOf(problems);
    this.errorOnBuildkitChecks = errorOnBuildkitChecks;
    this.experimentalAll = experimentalAll;
    this.experimental = List.copyOf(experimental);
    this.experimentalScopes = List.copyOf(experimentalScopes);
    this.shellPragmas = List.copyOf(shellPragmas);
  }

  /** The suppressions of a parsed Dockerfile. */
  public static Suppressions forDockerfile(
      Dockerfile model, RuleCatalog catalog, SuppressionOptions options) {
    return DockerfilePragmas.read(model, catalog, options);
  }

  /** The suppressions of a compose file, read from its text line by line (no YAML model needed). */
  public static Suppressions forCompose(
      SourceText source, RuleCatalog catalog, SuppressionOptions options) {
    return ComposeComments.read(source, catalog, options);
  }

  public static Suppressions forCompose(SourceText source, RuleCatalog catalog) {
    return forCompose(source, catalog, SuppressionOptions.DEFAULTS);
  }

  public Family family() {
    return family;
  }

  /** Every suppression, in file order (those from outside the file last). */
  public List<Suppression> suppressions() {
    return suppressions;
  }

  /**
   * Problems in the suppressions: {@code InvalidSuppression} / {@code invalid-suppression} for
   * unknown ids and malformed or misplaced pragmas, {@code InvalidDirective} for an invalid {@code
   * check} option; and {@code DL1001} for every inline ignore pragma (hadolint's off-by-default
   * meta-rule). Reported through the rules of those ids, so configuration governs them.
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * BuildKit's {@code error=true}: findings of BuildKit checks that are not skipped become errors.
   */
  public boolean errorOnBuildkitChecks() {
    return errorOnBuildkitChecks;
  }

  /** {@code experimental=all} in the file's check options. */
  public boolean experimentalAll() {
    return experimentalAll;
  }

  /** The names listed in the file's {@code experimental=} option. */
  public List<String> experimental() {
    return experimental;
  }

  /** The {@code # hadolint shell=} pragmas, in file order. */
  public List<ShellPragma> shellPragmas() {
    return shellPragmas;
  }

  /** The shell of the last {@code # hadolint shell=} pragma above a line, if any. */
  public Optional<String> shellBefore(int line) {
    String shell = null;
    for (ShellPragma p : shellPragmas) {
      if (p.line() < line) {
        shell = p.shell();
      }
    }
    return Optional.ofNullable(shell);
  }

  private boolean listed(List<String> names, RuleMeta meta) {
    for (String n : names) {
      if (catalog.names(n, meta.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an experimental BuildKit check is enabled anywhere in this file by {@code
   * experimental=}.
   */
  public boolean enablesExperimental(RuleMeta meta) {
    if (!BuildkitChecks.isExperimental(meta)) {
      return false;
    }
    if (experimentalAll || listed(experimental, meta)) {
      return true;
    }
    for (ExperimentalScope s : experimentalScopes) {
      if (s.all() || listed(s.names(), meta)) {
        return true;
      }
    }
    return false;
  }

  /**
   * For an experimental check that runs only because the file enables it: whether this finding is
   * where it is enabled (the whole file, or an instruction whose {@code # check=} comment enables
   * it).
   */
  public boolean keepsExperimental(RuleMeta meta, Finding finding) {
    if (experimentalAll || listed(experimental, meta)) {
      return true;
    }
    int line = finding.start().line();
    for (ExperimentalScope s : experimentalScopes) {
      if (line >= s.firstLine() && line <= s.lastLine() && (s.all() || listed(s.names(), meta))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Findings for the suppressions of an {@link #apply} outcome that suppressed nothing, reported
   * with {@code code} at {@code level}. Only inline pragmas are reported (BuildKit's {@code check}
   * options are BuildKit's business too), and an id only when the rule it names ran on this file
   * ({@code ran} holds rule ids): a suppression of a rule that configuration turned off, or of a
   * ShellCheck code, is not known to be unused. An id of another tool's rule that berth does not
   * implement gets a note that it has no effect. Ids naming the {@code code} rule itself are never
   * reported.
   */
  public List<Finding> unusedFindings(
      SourceText source, List<Unused> unused, Set<String> ran, String code, Level level) {
    List<Finding> out = new ArrayList<>();
    Set<Span> seen = new HashSet<>();
    for (Unused u : unused) {
      Suppression s = u.suppression();
      if (s.origin().buildkit()) {
        continue;
      }
      if (u.id().isEmpty()) {
        if (!ran.isEmpty() && seen.add(s.span())) {
          out.add(
              Finding.at(
                  source,
                  s.span(),
                  code,
                  level,
                  "Unused suppression: nothing here to suppress; remove it",
                  Optional.empty()));
        }
        continue;
      }
      SuppressionId id = u.id().get();
      RuleCatalog.Entry entry = catalog.lookup(id.text(), family);
      if (entry instanceof RuleCatalog.Foreign f) {
        if (!ran.isEmpty() && seen.add(id.span())) {
          out.add(Finding.at(source, id.span(), code, level, f.note(), Optional.empty()));
        }
        continue;
      }
      Optional<RuleMeta> meta =
          entry instanceof RuleCatalog.Implemented i ? Optional.of(i.rule()) : Optional.empty();
      if (meta.isEmpty()
          || !ran.contains(meta.get().id())
          || meta.get().id().equals(code)
          || !seen.add(id.span())) {
        continue;
      }
      out.add(
          Finding.at(
              source,
              id.span(),
              code,
              level,
              "Unused suppression: no "
                  + meta.get().id()
                  + " finding "
                  + where(s.scope())
                  + " to suppress; remove '"
                  + id.text()
                  + "'",
              Optional.empty()));
    }
    return out;
  }

  private static String where(Scope scope) {
    switch (scope) {
      case FILE:
        return "in this file";
      case STAGE:
        return "in this stage";
      case LINE:
        return "on that line";
      default:
        return "there";
    }
  }

  /** The findings that survive the suppressions, with levels raised by {@code error=true}. */
  public List<Finding> filter(List<Finding> findings) {
    return apply(findings).kept();
  }

  public Outcome apply(List<Finding> findings) {
    List<Finding> kept = new ArrayList<>();
    List<Suppressed> dropped = new ArrayList<>();
    Set<SuppressionId> usedIds = new HashSet<>();
    Set<Suppression> usedWhole = new HashSet<>();
    for (Finding f : findings) {
      RuleMeta meta = catalog.byCode(f.code()).orElse(null);
      int line = f.start().line();
      Suppression hit = null;
      for (Suppression s : suppressions) {
        if (s.coversLine(line) && s.matches(f.code(), meta, catalog)) {
          if (hit == null) {
            hit = s;
          }
          usedWhole.add(s);
          s.idFor(f.code(), catalog).ifPresent(usedIds::add);
        }
      }
      if (hit != null) {
        dropped.add(new Suppressed(f, hit));
      } else if (errorOnBuildkitChecks
          && meta != null
          && BuildkitChecks.isCheck(meta)
          && f.level() != Level.ERROR) {
        kept.add(f.withLevel(Level.ERROR));
      } else {
        kept.add(f);
      }
    }
    List<Unused> unused = new ArrayList<>();
    for (Suppression s : suppressions) {
      if (s.ids().isEmpty()) {
        if (!usedWhole.contains(s)) {
          unused.add(new Unused(s, Optional.empty()));
        }
        continue;
      }
      for (SuppressionId id : s.ids()) {
        if (id.known() && !usedIds.contains(id)) {
          unused.add(new Unused(s, Optional.of(id)));
        }
      }
    }
    return new Outcome(List.copyOf(kept), List.copyOf(dropped), List.copyOf(unused));
  }
}
