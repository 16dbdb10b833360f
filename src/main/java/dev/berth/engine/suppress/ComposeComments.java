package dev.berth.engine.suppress;

import dev.berth.api.Family;
import dev.berth.api.RuleCatalog;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the suppressions of a compose file from its comments, line by line.
 *
 * <ul>
 *   <li>{@code # berth ignore=ID[,ID] [reason]}: at the end of a line, that line's node (the line
 *       and the lines nested under it); on its own line, the node of the next content line (stacked
 *       comment lines are skipped, a blank line breaks it).
 *   <li>{@code # berth ignore-file=ID[,ID]} before the first key, {@code # berth global
 *       ignore=ID[,ID]} anywhere: the file.
 *   <li>{@code # dclint disable-file} (every rule) and {@code # dclint disable [rules]} (every or
 *       the listed rules), in the comments before the first key: the file.
 *   <li>{@code # dclint disable-line [rules]}: at the end of a line, that line; on its own line,
 *       the next line. {@code # dclint disable-next-line [rules]}: the next line.
 * </ul>
 */
final class ComposeComments {
  private final SourceText source;
  private final RuleCatalog catalog;
  private final List<YamlLines.Line> lines;
  private final int firstKeyLine;
  private final List<Suppression> suppressions = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private ComposeComments(SourceText source, RuleCatalog catalog) {
    this.source = source;
    this.catalog = catalog;
    this.lines = YamlLines.scan(source);
    int first = Integer.MAX_VALUE;
    for (YamlLines.Line l : lines) {
      if (l.kind() == YamlLines.Kind.CONTENT) {
        first = l.number();
        break;
      }
    }
    this.firstKeyLine = first;
  }

  static Suppressions read(SourceText source, RuleCatalog catalog, SuppressionOptions options) {
    // Searched in the decoded text, with String's own search: an ASCII character is in the text
    // exactly when its byte is in the file (an invalid byte decodes to a character outside ASCII)
    String text = source.text();
    if (text.indexOf('#') < 0 || (text.indexOf("berth") < 0 && text.indexOf("dclint") < 0)) {
      // no comment, or no comment that can be a pragma (each names berth or dclint): what the
      // scan below finds in such a file (most files)
      return new Suppressions(
          Family.COMPOSE,
          catalog,
          List.of(),
          List.of(),
          false,
          false,
          List.of(),
          List.of(),
          List.of());
    }
    return scan(source, catalog, options);
  }

  /** {@link #read}, always scanning the lines. */
  static Suppressions scan(SourceText source, RuleCatalog catalog, SuppressionOptions options) {
    ComposeComments c = new ComposeComments(source, catalog);
    if (!options.disableIgnorePragma()) {
      for (YamlLines.Line l : c.lines) {
        if (l.commentStart() >= 0) {
          c.comment(l);
        }
      }
    }
    return new Suppressions(
        Family.COMPOSE,
        catalog,
        c.suppressions,
        c.problems,
        false,
        false,
        List.of(),
        List.of(),
        List.of());
  }

  private YamlLines.Line at(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
  }

  private void comment(YamlLines.Line l) {
    String text = l.comment();
    int textStart = source.lineStart(l.number());
    int offset = l.commentStart() + 1;
    String full = l.text();
    boolean ownLine = l.kind() == YamlLines.Kind.COMMENT;
    Optional<PragmaSyntax.Pragma> berth = PragmaSyntax.berth(text);
    if (berth.isPresent()) {
      PragmaSyntax.Pragma p = berth.get();
      for (PragmaSyntax.Issue i : p.issues()) {
        problems.add(
            problem(span(textStart, full, offset + i.start(), offset + i.end()), i.message()));
      }
      if (!p.valid()) {
        return;
      }
      Span whole = span(textStart, full, l.commentStart(), full.length());
      switch (p.kind()) {
        case STAGE_IGNORE:
          problems.add(
              problem(
                  whole,
                  "Compose files have no stages; '# berth stage ignore=' suppresses nothing here"));
          return;
        case IGNORE_FILE:
          if (!ownLine || l.number() > firstKeyLine) {
            problems.add(
                problem(
                    whole,
                    "'# berth ignore-file=' must be on its own line before the first key; here it "
                        + "suppresses nothing"
                        + " (use '# berth global ignore=' anywhere)"));
            return;
          }
          add(Origin.BERTH, Scope.FILE, 1, Integer.MAX_VALUE, false, p, l, "berth");
          return;
        case GLOBAL_IGNORE:
          add(Origin.BERTH, Scope.FILE, 1, Integer.MAX_VALUE, false, p, l, "berth");
          return;
        default:
          int[] node = ownLine ? nodeAfter(l.number()) : node(l.number());
          if (node == null) {
            ids(p, l, "berth");
            return;
          }
          add(Origin.BERTH, Scope.NODE, node[0], node[1], false, p, l, "berth");
          return;
      }
    }
    Optional<PragmaSyntax.Pragma> dclint = PragmaSyntax.dclint(text);
    if (dclint.isEmpty()) {
      return;
    }
    PragmaSyntax.Pragma p = dclint.get();
    int n = l.number();
    switch (p.kind()) {
      case DISABLE_FILE:
      case DISABLE:
        if (!ownLine || n > firstKeyLine) {
          ids(p, l, "dclint");
          problems.add(
              problem(
                  span(textStart, full, l.commentStart(), full.length()),
                  "'# dclint "
                      + (p.kind() == PragmaSyntax.Kind.DISABLE ? "disable" : "disable-file")
                      + "' must be on its own line before the first key; here it suppresses "
                      + "nothing"));
          return;
        }
        add(Origin.DCLINT, Scope.FILE, 1, Integer.MAX_VALUE, p.ids().isEmpty(), p, l, "dclint");
        return;
      case DISABLE_LINE:
        if (ownLine) {
          add(Origin.DCLINT, Scope.LINE, n + 1, n + 1, p.ids().isEmpty(), p, l, "dclint");
        } else {
          add(Origin.DCLINT, Scope.LINE, n, n, p.ids().isEmpty(), p, l, "dclint");
        }
        return;
      default:
        add(Origin.DCLINT, Scope.LINE, n + 1, n + 1, p.ids().isEmpty(), p, l, "dclint");
        return;
    }
  }

  private void add(
      Origin origin,
      Scope scope,
      int first,
      int last,
      boolean all,
      PragmaSyntax.Pragma p,
      YamlLines.Line l,
      String syntax) {
    List<SuppressionId> ids = ids(p, l, syntax);
    Span whole = span(source.lineStart(l.number()), l.text(), l.commentStart(), l.text().length());
    suppressions.add(
        new Suppression(
            origin, scope, first, last, all, ids, p.reason().map(PragmaSyntax.Token::text), whole));
  }

  private List<SuppressionId> ids(PragmaSyntax.Pragma p, YamlLines.Line l, String syntax) {
    int textStart = source.lineStart(l.number());
    int offset = l.commentStart() + 1;
    List<SuppressionId> out = new ArrayList<>();
    for (PragmaSyntax.Token t : p.ids()) {
      Span s = span(textStart, l.text(), offset + t.start(), offset + t.end());
      RuleCatalog.Entry entry = catalog.lookup(t.text(), Family.COMPOSE);
      boolean known = !(entry instanceof RuleCatalog.Unknown);
      if (entry instanceof RuleCatalog.Unknown u) {
        String hint = u.hint().map(h -> " (" + h + ")").orElse("");
        problems.add(
            problem(
                s,
                "Unknown rule id '"
                    + t.text()
                    + "' in a "
                    + syntax
                    + " suppression; it suppresses nothing"
                    + hint));
      }
      out.add(new SuppressionId(t.text(), s, known));
    }
    return out;
  }

  /**
   * The node of the first content line after an own-line comment, across comment lines; null when a
   * blank line or the end comes first.
   */
  private int[] nodeAfter(int number) {
    int n = number + 1;
    while (at(n) != null && at(n).kind() == YamlLines.Kind.COMMENT) {
      n++;
    }
    YamlLines.Line target = at(n);
    if (target == null || target.kind() != YamlLines.Kind.CONTENT) {
      return null;
    }
    return node(n);
  }

  /**
   * A line and the lines nested under it (more indented, scalar continuations, a compact sequence
   * under a bare key).
   */
  private int[] node(int number) {
    YamlLines.Line target = at(number);
    String content = target.content();
    boolean bareKey = content.endsWith(":");
    int last = number;
    for (int n = number + 1; at(n) != null; n++) {
      YamlLines.Line l = at(n);
      YamlLines.Kind k = l.kind();
      if (k == YamlLines.Kind.BLANK || k == YamlLines.Kind.COMMENT) {
        continue;
      }
      if (k == YamlLines.Kind.SCALAR) {
        last = n;
        continue;
      }
      if (k == YamlLines.Kind.MARKER) {
        break;
      }
      if (l.indent() > target.indent()
          || (bareKey
              && l.indent() == target.indent()
              && (l.content().equals("-") || l.content().startsWith("- ")))) {
        last = n;
        continue;
      }
      break;
    }
    return new int[] {number, last};
  }

  private Span span(int textStart, String text, int from, int to) {
    return TextSpans.of(source, textStart, text, from, to);
  }

  private static Problem problem(Span span, String message) {
    return new Problem(SuppressionCodes.COMPOSE_INVALID, Level.WARNING, span, message);
  }
}
