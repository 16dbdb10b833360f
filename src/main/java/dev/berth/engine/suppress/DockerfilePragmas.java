package dev.berth.engine.suppress;

import dev.berth.api.Family;
import dev.berth.api.RuleCatalog;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.model.Comment;
import dev.berth.dockerfile.model.Directive;
import dev.berth.dockerfile.model.Dockerfile;
import dev.berth.dockerfile.model.From;
import dev.berth.dockerfile.model.Instruction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the suppressions of a Dockerfile from its comments and its {@code check} directive.
 *
 * <p>Scopes, by line (a finding belongs to the line where it starts):
 *
 * <ul>
 *   <li>{@code # hadolint ignore=}: the next line; when an instruction starts there, all of that
 *       instruction's lines (hadolint reports every finding on an instruction's first line, berth
 *       reports at exact positions, so this is the same set). A blank line or any other comment in
 *       between breaks it, so of stacked pragmas only the last one works, as in hadolint.
 *   <li>{@code # berth ignore=}: the next instruction, across any comment lines in between (so
 *       stacked pragmas all work), but not across a blank line.
 *   <li>{@code # dockerfile-utils: ignore}: every rule, for the instruction that starts on the next
 *       line.
 *   <li>{@code stage ignore=}: from the next line to the line before the next FROM; when the first
 *       instruction after the pragma is a FROM, that FROM and its whole stage (hadolint misses the
 *       FROM line itself).
 *   <li>{@code global ignore=}, {@code # berth ignore-file=} (before the first instruction), the
 *       {@code check} directive: the file.
 *   <li>{@code # check=skip=} comments: the one instruction whose comment block holds them (the
 *       comments since the previous instruction; an empty {@code #} line clears the block; the
 *       first valid one wins).
 * </ul>
 *
 * <p>Comments inside a continued instruction are not pragmas.
 */
final class DockerfilePragmas {
  private final Dockerfile model;
  private final SourceText source;
  private final RuleCatalog catalog;
  private final SuppressionOptions options;

  /** Start line to end line of each top-level instruction. */
  private final TreeMap<Integer, Integer> instructions = new TreeMap<>();

  private final TreeMap<Integer, Boolean> isFrom = new TreeMap<>();
  private final Set<Integer> commentLines = new HashSet<>();

  private final List<Suppression> suppressions = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<ShellPragma> shells = new ArrayList<>();
  private final List<Suppressions.ExperimentalScope> experimentalScopes = new ArrayList<>();

  private DockerfilePragmas(Dockerfile model, RuleCatalog catalog, SuppressionOptions options) {
    this.model = model;
    this.source = model.source();
    this.catalog = catalog;
    this.options = options;
    for (Instruction i : model.instructions()) {
      int start = line(i.span().start());
      int end = Math.max(start, source.endInclusive(i.span()).line());
      instructions.put(start, end);
      isFrom.put(start, i instanceof From);
    }
    for (Comment c : model.comments()) {
      if (!c.inContinuation()) {
        commentLines.add(line(c.span().start()));
      }
    }
  }

  static Suppressions read(Dockerfile model, RuleCatalog catalog, SuppressionOptions options) {
    DockerfilePragmas p = new DockerfilePragmas(model, catalog, options);
    for (Comment c : model.comments()) {
      if (!c.inContinuation()) {
        p.comment(c);
      }
    }
    p.instructionChecks();
    CheckOptions effective = p.fileChecks();
    List<String> experimental = new ArrayList<>();
    for (CheckOptions.Name n : effective.experimental()) {
      experimental.add(n.text());
    }
    p.problems.sort(
        (a, b) ->
            a.span().compareTo(b.span()) != 0
                ? a.span().compareTo(b.span())
                : a.message().compareTo(b.message()));
    return new Suppressions(
        Family.DOCKERFILE,
        catalog,
        p.suppressions,
        p.problems,
        effective.error(),
        effective.experimentalAll(),
        experimental,
        p.experimentalScopes,
        p.shells);
  }

  private int line(int offset) {
    return source.line(offset);
  }

  // ---- comments -------------------------------------------------------------------------------

  private void comment(Comment c) {
    int at = line(c.span().start());
    String text = c.text();
    int textStart = c.span().start() + 1;
    Optional<PragmaSyntax.Pragma> hadolint = PragmaSyntax.hadolint(text);
    if (hadolint.isPresent()) {
      PragmaSyntax.Pragma p = hadolint.get();
      if (p.kind() == PragmaSyntax.Kind.SHELL) {
        PragmaSyntax.Token name = p.shell().orElseThrow();
        shells.add(
            new ShellPragma(
                name.text(), at, TextSpans.of(source, textStart, text, name.start(), name.end())));
        return;
      }
      if (p.valid() && p.kind() == PragmaSyntax.Kind.IGNORE) {
        inlinePragma(c);
      }
      if (options.disableIgnorePragma()) {
        return;
      }
      issues(p, textStart, text);
      if (p.valid()) {
        add(Origin.HADOLINT, p, c, at, textStart, text, "hadolint");
      }
      return;
    }
    Optional<PragmaSyntax.Pragma> berth = PragmaSyntax.berth(text);
    if (berth.isPresent()) {
      PragmaSyntax.Pragma p = berth.get();
      if (p.valid() && p.kind() == PragmaSyntax.Kind.IGNORE) {
        inlinePragma(c);
      }
      if (options.disableIgnorePragma()) {
        return;
      }
      issues(p, textStart, text);
      if (!p.valid()) {
        return;
      }
      reasonLooksLikeId(p, textStart, text);
      if (p.kind() == PragmaSyntax.Kind.IGNORE_FILE
          && !instructions.isEmpty()
          && at > instructions.firstKey()) {
        problems.add(
            problem(
                SuppressionCodes.DOCKERFILE_INVALID,
                c.span(),
                "'# berth ignore-file=' must come before the first instruction; here it "
                    + "suppresses nothing"
                    + " (use '# berth global ignore=' anywhere)"));
        return;
      }
      add(Origin.BERTH, p, c, at, textStart, text, "berth");
      return;
    }
    if (PragmaSyntax.dockerfileUtilsIgnore(text)) {
      inlinePragma(c);
      if (options.disableIgnorePragma() || !instructions.containsKey(at + 1)) {
        return;
      }
      suppressions.add(
          new Suppression(
              Origin.DOCKERFILE_UTILS,
              Scope.NEXT_INSTRUCTION,
              at + 1,
              instructions.get(at + 1),
              true,
              List.of(),
              Optional.empty(),
              c.span()));
    }
  }

  /** hadolint's DL1001 (off by default): every inline ignore pragma, honoured or not. */
  private void inlinePragma(Comment c) {
    problems.add(
        new Problem(
            SuppressionCodes.INLINE_PRAGMA,
            Level.INFO,
            c.span(),
            "Inline ignore pragma: prefer fixing the finding, or ignoring the rule in the "
                + "configuration"));
  }

  private void issues(PragmaSyntax.Pragma p, int textStart, String text) {
    for (PragmaSyntax.Issue i : p.issues()) {
      problems.add(
          problem(
              SuppressionCodes.DOCKERFILE_INVALID,
              TextSpans.of(source, textStart, text, i.start(), i.end()),
              i.message()));
    }
  }

  private void reasonLooksLikeId(PragmaSyntax.Pragma p, int textStart, String text) {
    if (p.reason().isEmpty() || p.ids().isEmpty()) {
      return;
    }
    PragmaSyntax.Token r = p.reason().get();
    int lastEnd = p.ids().get(p.ids().size() - 1).end();
    if (!text.substring(lastEnd, r.start()).isBlank()) {
      return;
    }
    String first = r.text().split("[ \\t,]", 2)[0];
    if (catalog.isKnown(first, Family.DOCKERFILE)) {
      problems.add(
          problem(
              SuppressionCodes.DOCKERFILE_INVALID,
              TextSpans.of(source, textStart, text, r.start(), r.start() + first.length()),
              "'"
                  + first
                  + "' follows the ids after a space, so it is read as the start of the reason, "
                  + "not as an"
                  + " id; separate ids with commas"));
    }
  }

  private void add(
      Origin origin,
      PragmaSyntax.Pragma p,
      Comment c,
      int at,
      int textStart,
      String text,
      String syntax) {
    List<SuppressionId> ids = ids(p.ids(), textStart, text, syntax);
    Optional<String> reason = p.reason().map(PragmaSyntax.Token::text);
    int[] lines;
    Scope scope;
    switch (p.kind()) {
      case GLOBAL_IGNORE:
      case IGNORE_FILE:
        scope = Scope.FILE;
        lines = new int[] {1, Integer.MAX_VALUE};
        break;
      case STAGE_IGNORE:
        scope = Scope.STAGE;
        lines = stageLines(at);
        break;
      default:
        scope = Scope.NEXT_INSTRUCTION;
        lines = origin == Origin.HADOLINT ? nextLine(at) : nextInstruction(at);
        break;
    }
    suppressions.add(
        new Suppression(origin, scope, lines[0], lines[1], false, ids, reason, c.span()));
  }

  private List<SuppressionId> ids(
      List<PragmaSyntax.Token> tokens, int textStart, String text, String syntax) {
    List<SuppressionId> out = new ArrayList<>();
    for (PragmaSyntax.Token t : tokens) {
      Span span = TextSpans.of(source, textStart, text, t.start(), t.end());
      out.add(id(t.text(), span, syntax));
    }
    return out;
  }

  private SuppressionId id(String text, Span span, String syntax) {
    RuleCatalog.Entry entry = catalog.lookup(text, Family.DOCKERFILE);
    boolean known = !(entry instanceof RuleCatalog.Unknown);
    if (entry instanceof RuleCatalog.Unknown u) {
      String hint = u.hint().map(h -> " (" + h + ")").orElse("");
      problems.add(
          problem(
              SuppressionCodes.DOCKERFILE_INVALID,
              span,
              "Unknown rule id '"
                  + text
                  + "' in a "
                  + syntax
                  + " suppression; it suppresses nothing"
                  + hint));
    }
    return new SuppressionId(text, span, known);
  }

  // ---- scopes ---------------------------------------------------------------------------------

  /** hadolint: exactly the next line, or all of the instruction that starts there. */
  private int[] nextLine(int at) {
    Integer end = instructions.get(at + 1);
    return new int[] {at + 1, end == null ? at + 1 : end};
  }

  /**
   * berth: down to the end of the next instruction, across comment lines, not across anything else.
   */
  private int[] nextInstruction(int at) {
    int l = at + 1;
    while (commentLines.contains(l)) {
      l++;
    }
    Integer end = instructions.get(l);
    if (end != null) {
      return new int[] {at + 1, end};
    }
    return new int[] {at + 1, Math.max(at + 1, l - 1)};
  }

  private int[] stageLines(int at) {
    Integer next = instructions.higherKey(at);
    if (next == null) {
      return new int[] {at + 1, Integer.MAX_VALUE};
    }
    int from = Boolean.TRUE.equals(isFrom.get(next)) ? next : at;
    Integer nextFrom = null;
    for (Integer l : isFrom.tailMap(from, false).keySet()) {
      if (isFrom.get(l)) {
        nextFrom = l;
        break;
      }
    }
    return new int[] {at + 1, nextFrom == null ? Integer.MAX_VALUE : nextFrom - 1};
  }

  // ---- BuildKit -------------------------------------------------------------------------------

  /**
   * Per-instruction {@code # check=} comments: the first valid one in each instruction's comment
   * block.
   */
  private void instructionChecks() {
    List<Comment> comments = new ArrayList<>();
    for (Comment c : model.comments()) {
      if (!c.inContinuation()) {
        comments.add(c);
      }
    }
    int ci = 0;
    for (var e : instructions.entrySet()) {
      int start = e.getKey();
      Comment winner = null;
      PragmaSyntax.Check winnerCheck = null;
      CheckOptions winnerOpts = null;
      while (ci < comments.size() && line(comments.get(ci).span().start()) < start) {
        Comment c = comments.get(ci++);
        if (c.text().isBlank()) {
          winner = null;
          continue;
        }
        if (winner != null) {
          continue;
        }
        Optional<PragmaSyntax.Check> check = PragmaSyntax.check(c.text());
        if (check.isEmpty()) {
          continue;
        }
        CheckOptions.Result r = CheckOptions.parse(check.get().value());
        if (r.valid()) {
          winner = c;
          winnerCheck = check.get();
          winnerOpts = r.options().orElseThrow();
        }
      }
      while (ci < comments.size() && line(comments.get(ci).span().start()) <= e.getValue()) {
        ci++;
      }
      if (winner == null) {
        continue;
      }
      int textStart = winner.span().start() + 1;
      int valueStart = winnerCheck.valueStart();
      List<SuppressionId> skip = new ArrayList<>();
      for (CheckOptions.Name n : winnerOpts.skip()) {
        Span span =
            TextSpans.of(
                source, textStart, winner.text(), valueStart + n.start(), valueStart + n.end());
        skip.add(id(n.text(), span, "check"));
      }
      List<String> experimental = new ArrayList<>();
      for (CheckOptions.Name n : winnerOpts.experimental()) {
        Span span =
            TextSpans.of(
                source, textStart, winner.text(), valueStart + n.start(), valueStart + n.end());
        id(n.text(), span, "check");
        experimental.add(n.text());
      }
      if (winnerOpts.skipAll() || !skip.isEmpty()) {
        suppressions.add(
            new Suppression(
                Origin.BUILDKIT_COMMENT,
                Scope.INSTRUCTION,
                start,
                e.getValue(),
                winnerOpts.skipAll(),
                skip,
                Optional.empty(),
                winner.span()));
      }
      if (winnerOpts.experimentalAll() || !experimental.isEmpty()) {
        experimentalScopes.add(
            new Suppressions.ExperimentalScope(
                start, e.getValue(), winnerOpts.experimentalAll(), experimental));
      }
    }
  }

  /**
   * The file's check options: the {@code check} directive, replaced by {@code
   * BUILDKIT_DOCKERFILE_CHECK} when given. The directive is validated either way.
   */
  private CheckOptions fileChecks() {
    CheckOptions fromFile = null;
    Span directiveSpan = null;
    List<SuppressionId> fileSkip = new ArrayList<>();
    for (Directive d : model.directives()) {
      if (!d.name().equals("check")) {
        continue;
      }
      directiveSpan = d.span();
      String value = CheckOptions.cutAtSpace(d.value());
      CheckOptions.Result r = CheckOptions.parse(value);
      int valueStart = d.valueSpan().start();
      if (!r.valid()) {
        problems.add(
            problem(
                SuppressionCodes.INVALID_DIRECTIVE,
                TextSpans.of(source, valueStart, d.value(), r.errorStart(), r.errorEnd()),
                "Invalid check directive: " + r.error() + " (BuildKit fails the build)"));
        break;
      }
      fromFile = r.options().orElseThrow();
      for (CheckOptions.Name n : fromFile.skip()) {
        fileSkip.add(
            id(n.text(), TextSpans.of(source, valueStart, d.value(), n.start(), n.end()), "check"));
      }
      for (CheckOptions.Name n : fromFile.experimental()) {
        id(n.text(), TextSpans.of(source, valueStart, d.value(), n.start(), n.end()), "check");
      }
      break;
    }
    if (options.buildkitDockerfileCheck().isPresent()) {
      String arg = options.buildkitDockerfileCheck().get();
      CheckOptions.Result r = CheckOptions.parse(arg);
      if (!r.valid()) {
        problems.add(
            problem(
                SuppressionCodes.INVALID_DIRECTIVE,
                Span.empty(0),
                "Invalid BUILDKIT_DOCKERFILE_CHECK value: "
                    + r.error()
                    + " (BuildKit fails the build)"));
        return CheckOptions.NONE;
      }
      CheckOptions opts = r.options().orElseThrow();
      List<SuppressionId> skip = new ArrayList<>();
      for (CheckOptions.Name n : opts.skip()) {
        skip.add(id(n.text(), Span.empty(0), "BUILDKIT_DOCKERFILE_CHECK"));
      }
      for (CheckOptions.Name n : opts.experimental()) {
        id(n.text(), Span.empty(0), "BUILDKIT_DOCKERFILE_CHECK");
      }
      fileSuppression(Origin.BUILDKIT_BUILD_ARG, opts, skip, Span.empty(0));
      return opts;
    }
    if (fromFile == null) {
      return CheckOptions.NONE;
    }
    fileSuppression(Origin.BUILDKIT_DIRECTIVE, fromFile, fileSkip, directiveSpan);
    return fromFile;
  }

  private void fileSuppression(
      Origin origin, CheckOptions opts, List<SuppressionId> skip, Span span) {
    if (opts.skipAll() || !skip.isEmpty()) {
      suppressions.add(
          new Suppression(
              origin,
              Scope.FILE,
              1,
              Integer.MAX_VALUE,
              opts.skipAll(),
              skip,
              Optional.empty(),
              span));
    }
  }

  private static Problem problem(String code, Span span, String message) {
    return new Problem(
        code,
        code.equals(SuppressionCodes.INVALID_DIRECTIVE) ? Level.ERROR : Level.WARNING,
        span,
        message);
  }
}
