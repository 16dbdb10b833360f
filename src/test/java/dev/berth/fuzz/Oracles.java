package dev.berth.fuzz;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Finding;
import dev.berth.core.Position;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The properties every fuzz target checks beyond "no exception". A broken property throws an {@link
 * AssertionError} that says which one, so that Jazzer reports it as a finding.
 */
final class Oracles {
  private Oracles() {}

  /** Every problem's span lies inside the file, and none hides an internal error. */
  static void problems(List<Problem> problems, SourceText source, String where) {
    for (Problem p : problems) {
      inside(p.span(), source, where + " problem " + p.code() + " '" + p.message() + "'");
      noInternalError(p.message(), where + " problem " + p.code());
    }
  }

  /**
   * Every finding: span inside the file, 1-based line and column, end not before start, positions
   * the source derives from the span, and no message that reports a caught internal error.
   */
  static void findings(List<Finding> findings, SourceText source) {
    Finding previous = null;
    for (Finding f : findings) {
      String what = "finding " + f.code() + " at " + f.span() + " '" + f.message() + "'";
      inside(f.span(), source, what);
      check(f.file().equals(source.name()), what + ": file " + f.file() + ", not " + source.name());
      positive(f.start(), what + " start");
      positive(f.end(), what + " end");
      check(
          f.end().compareTo(f.start()) >= 0,
          what + ": end " + f.end() + " before start " + f.start());
      check(
          f.start().line() <= source.lineCount(),
          what + ": line " + f.start() + " past the last line");
      check(
          f.end().line() <= source.lineCount(), what + ": end " + f.end() + " past the last line");
      check(
          f.start().equals(source.start(f.span())),
          what + ": start " + f.start() + " is not its span's");
      check(
          f.end().equals(source.endInclusive(f.span())),
          what + ": end " + f.end() + " is not its span's");
      check(!f.message().isBlank(), what + ": empty message");
      noInternalError(f.message(), what);
      f.fix()
          .ifPresent(fix -> fix.edits().forEach(e -> inside(e.span(), source, what + " fix edit")));
      if (previous != null) {
        check(previous.compareTo(f) <= 0, what + ": findings not sorted");
      }
      previous = f;
    }
  }

  /**
   * The loaded tree: every node's span (and alias span) inside the file, and each child's span
   * inside its parent's, unless the child came through an alias or a merge key (then it lives at
   * its anchor, somewhere else in the file).
   */
  static void composeTree(ComposeFile file) {
    SourceText source = file.source();
    problems(file.problems(), source, "compose");
    if (file.root().isEmpty()) {
      return;
    }
    record Item(Node node, Span parent) {}
    Deque<Item> todo = new ArrayDeque<>();
    todo.push(new Item(file.root().get(), new Span(0, source.length())));
    int visited = 0;
    while (!todo.isEmpty()) {
      Item item = todo.pop();
      Node n = item.node();
      if (++visited > 5_000_000) {
        throw new AssertionError("more than 5,000,000 nodes: alias expansion is not bounded");
      }
      String what = "node " + kind(n) + " at " + n.span();
      inside(n.span(), source, what);
      n.alias().ifPresent(a -> inside(a, source, what + " alias"));
      if (n.alias().isEmpty()) {
        check(item.parent().contains(n.span()), what + " lies outside its parent " + item.parent());
      }
      Span own = n.span();
      if (n instanceof MapNode m) {
        for (MapNode.Entry e : m.entries()) {
          Span parent = e.merged() || n.alias().isPresent() ? new Span(0, source.length()) : own;
          todo.push(new Item(e.key(), parent));
          todo.push(new Item(e.value(), parent));
        }
      } else if (n instanceof SeqNode s) {
        Span parent = n.alias().isPresent() ? new Span(0, source.length()) : own;
        for (Node child : s.items()) {
          todo.push(new Item(child, parent));
        }
      }
    }
  }

  private static String kind(Node n) {
    if (n instanceof ScalarNode s) {
      return "scalar '" + s.raw() + "'";
    }
    return n instanceof MapNode ? "mapping" : "sequence";
  }

  static void inside(Span span, SourceText source, String what) {
    check(
        span.end() <= source.length(),
        what + ": span " + span + " beyond the end (" + source.length() + ")");
  }

  /**
   * The loader and the schema validation turn an unexpected exception into a problem whose message
   * says "because of an internal error (...)": a bug the fuzzer must see. (Matching the phrase
   * alone would catch messages that quote the input.)
   */
  static void noInternalError(String message, String what) {
    check(
        !message.contains("because of an internal error ("),
        what + " reports a caught internal error: " + message);
  }

  private static void positive(Position p, String what) {
    check(p.line() >= 1 && p.column() >= 1, what + " " + p + " is not 1-based");
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
