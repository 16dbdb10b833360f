package dev.berth.rules.compose;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarType;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Problem;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the nodes at a path of a compose document. A path is dot-separated: a key, {@code *} for
 * every entry of a mapping, and {@code []} after a key for every item of its sequence ({@code
 * services.*.ports[].target}). Value rules look at single values at known places; this is the one
 * place that walks the tree for them.
 */
final class NodePaths {
  private NodePaths() {}

  /** A node found at a path, with the key of the mapping entry that holds it, when one does. */
  record Hit(Node node, Optional<MapNode.Entry> entry, List<String> path) {
    /** The last key of the path that is not a sequence index. */
    String name() {
      for (int i = path.size() - 1; i >= 0; i--) {
        if (!path.get(i).startsWith("[")) {
          return path.get(i);
        }
      }
      return "";
    }

    /** The path as compose-go prints it: {@code services.web.ports[0].target}. */
    String dotted() {
      StringBuilder b = new StringBuilder();
      for (String p : path) {
        if (!p.startsWith("[") && b.length() > 0) {
          b.append('.');
        }
        b.append(p);
      }
      return b.toString();
    }

    /** True when the node was written here, not brought by an alias or a merge key. */
    boolean local() {
      return node.alias().isEmpty() && entry.map(e -> !e.merged()).orElse(true);
    }
  }

  /** Every node at {@code path} under {@code root}, in document order. */
  static List<Hit> find(Optional<Node> root, String path) {
    List<String> segments = new ArrayList<>();
    for (String s : GoValues.split(path, '.')) {
      if (s.endsWith("[]")) {
        if (s.length() > 2) {
          segments.add(s.substring(0, s.length() - 2));
        }
        segments.add("[]");
      } else {
        segments.add(s);
      }
    }
    List<Hit> out = new ArrayList<>();
    root.ifPresent(r -> walk(r, Optional.empty(), segments, 0, new ArrayList<>(), out));
    return out;
  }

  /**
   * The string scalars at any of the paths, each once (an anchored value merged into several
   * services is one finding at the anchor). A value that uses a variable which is not set, or a
   * malformed {@code ${...}}, is left out: what Compose reads there depends on the environment, and
   * the interpolation rules report the variable.
   */
  static List<Hit> strings(ComposeFile file, List<String> paths) {
    List<Hit> out = new ArrayList<>();
    Set<Span> seen = new HashSet<>();
    for (String p : paths) {
      for (Hit h : find(file.root(), p)) {
        if (h.node() instanceof ScalarNode s
            && s.type() == ScalarType.STRING
            && !unresolved(file, s)
            && seen.add(s.span())) {
          out.add(h);
        }
      }
    }
    out.sort((a, b) -> a.node().span().compareTo(b.node().span()));
    return out;
  }

  /** True when interpolating the scalar met a variable that is not set or a malformed one. */
  static boolean unresolved(ComposeFile file, ScalarNode s) {
    if (s.raw().indexOf('$') < 0) {
      return false;
    }
    for (Problem p : file.problems()) {
      if (INTERPOLATION.contains(p.code()) && s.span().contains(p.span())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> INTERPOLATION =
      Set.of(
          ComposeProblemCodes.NO_UNDEFINED_VARIABLES,
          ComposeProblemCodes.NO_MISSING_REQUIRED_VARIABLE,
          ComposeProblemCodes.VALID_INTERPOLATION);

  private static void walk(
      Node node,
      Optional<MapNode.Entry> entry,
      List<String> segments,
      int i,
      List<String> path,
      List<Hit> out) {
    if (i == segments.size()) {
      out.add(new Hit(node, entry, List.copyOf(path)));
      return;
    }
    String seg = segments.get(i);
    if (seg.equals("[]")) {
      if (node instanceof SeqNode seq) {
        for (int k = 0; k < seq.items().size(); k++) {
          path.add("[" + k + "]");
          walk(seq.items().get(k), entry, segments, i + 1, path, out);
          path.remove(path.size() - 1);
        }
      }
      return;
    }
    if (!(node instanceof MapNode map)) {
      return;
    }
    for (MapNode.Entry e : map.entries()) {
      if (seg.equals("*") || e.key().value().equals(seg)) {
        path.add(e.key().value());
        walk(e.value(), Optional.of(e), segments, i + 1, path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  /** The value's text as written, in quotes for a message. */
  static String quoted(ScalarNode s) {
    return "'" + s.value() + "'";
  }
}
