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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    return compile(List.of(path)).find(root).get(0);
  }

  /**
   * The string scalars at any of the paths, each once (an anchored value merged into several
   * services is one finding at the anchor). A value that uses a variable which is not set, or a
   * malformed {@code ${...}}, is left out: what Compose reads there depends on the environment, and
   * the interpolation rules report the variable.
   */
  static List<Hit> strings(ComposeFile file, List<String> paths) {
    return strings(file, compile(paths).find(file.root()), 0, paths.size());
  }

  /**
   * What {@link #strings(ComposeFile, List)} gives for the paths {@code from} to {@code to} of a
   * walk of several paths at once ({@link Paths#find}).
   */
  static List<Hit> strings(ComposeFile file, List<List<Hit>> found, int from, int to) {
    List<Hit> out = new ArrayList<>();
    Set<Span> seen = new HashSet<>();
    for (int i = from; i < to; i++) {
      for (Hit h : found.get(i)) {
        if (h.node() instanceof ScalarNode s
            && s.type() == ScalarType.STRING
            && !unresolved(file, s)
            && seen.add(s.span())) {
          out.add(h);
        }
      }
    }
    if (out.size() > 1) {
      out.sort(BY_SPAN);
    }
    return out;
  }

  private static final Comparator<Hit> BY_SPAN =
      new Comparator<>() {
        @Override
        public int compare(Hit a, Hit b) {
          return a.node().span().compareTo(b.node().span());
        }
      };

  /** Compiled path lists, by list: rules ask for the same few lists for every file. */
  private static final Map<List<String>, Paths> COMPILED = new ConcurrentHashMap<>();

  /** The paths, compiled into one tree that a document is walked along once. */
  static Paths compile(List<String> paths) {
    Paths p = COMPILED.get(paths);
    if (p == null) {
      p = new Paths(paths);
      COMPILED.putIfAbsent(List.copyOf(paths), p);
    }
    return p;
  }

  /**
   * Several paths in one tree of steps, so that a document is walked once for all of them; {@link
   * #find} gives, for each path, the hits a walk along that path alone gives, in the same order.
   */
  static final class Paths {
    /** One segment's step: the paths that end here, and the steps below. */
    private static final class Step {
      final List<Integer> ends = new ArrayList<>();

      /** Steps by segment ({@code *}, {@code []} or a key), in the order the paths name them. */
      final Map<String, Step> next = new LinkedHashMap<>();

      Step items; // the "[]" step, when there is one
      Step any; // the "*" step, when there is one
      Map<String, Step> keyed = Map.of(); // the steps of single keys
    }

    private final Step root = new Step();
    private final int size;

    Paths(List<String> paths) {
      size = paths.size();
      for (int p = 0; p < paths.size(); p++) {
        Step at = root;
        for (String s : GoValues.split(paths.get(p), '.')) {
          if (s.endsWith("[]")) {
            if (s.length() > 2) {
              at = child(at, s.substring(0, s.length() - 2));
            }
            at = child(at, "[]");
          } else {
            at = child(at, s);
          }
        }
        at.ends.add(p);
      }
      seal(root);
    }

    private static Step child(Step step, String segment) {
      Step next = step.next.get(segment);
      if (next == null) {
        next = new Step();
        step.next.put(segment, next);
      }
      return next;
    }

    private static void seal(Step step) {
      Map<String, Step> keyed = new HashMap<>();
      for (Map.Entry<String, Step> e : step.next.entrySet()) {
        seal(e.getValue());
        if (e.getKey().equals("[]")) {
          step.items = e.getValue();
        } else if (e.getKey().equals("*")) {
          step.any = e.getValue();
        } else {
          keyed.put(e.getKey(), e.getValue());
        }
      }
      step.keyed = keyed;
    }

    /** For each path, every node at it under {@code root}, in document order. */
    List<List<Hit>> find(Optional<Node> root) {
      List<List<Hit>> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(new ArrayList<>());
      }
      if (root.isPresent()) {
        walk(root.get(), null, this.root, new ArrayList<>(), out);
      }
      return out;
    }

    /**
     * Walks {@code node}, held by {@code entry} (null for the root). Index loops and a nullable
     * entry rather than iterators and an {@code Optional} per entry: under the launcher's C1
     * compiler each of those is an allocation, and every compose rule's paths come through here.
     */
    private static void walk(
        Node node, MapNode.Entry entry, Step step, List<String> path, List<List<Hit>> out) {
      if (!step.ends.isEmpty()) {
        List<String> copy = List.copyOf(path);
        Optional<MapNode.Entry> held = Optional.ofNullable(entry);
        for (int i = 0, n = step.ends.size(); i < n; i++) {
          out.get(step.ends.get(i)).add(new Hit(node, held, copy));
        }
      }
      if (step.items != null && node instanceof SeqNode seq) {
        List<Node> items = seq.items();
        for (int k = 0; k < items.size(); k++) {
          path.add("[" + k + "]");
          walk(items.get(k), entry, step.items, path, out);
          path.remove(path.size() - 1);
        }
      }
      if ((step.any == null && step.keyed.isEmpty()) || !(node instanceof MapNode map)) {
        return;
      }
      // a path goes through one step of each level, so the order of the two below is immaterial
      List<MapNode.Entry> entries = map.entries();
      for (int i = 0, n = entries.size(); i < n; i++) {
        MapNode.Entry e = entries.get(i);
        String key = e.key().value();
        Step named = step.keyed.isEmpty() ? null : step.keyed.get(key);
        if (step.any == null && named == null) {
          continue;
        }
        path.add(key);
        if (step.any != null) {
          walk(e.value(), e, step.any, path, out);
        }
        if (named != null) {
          walk(e.value(), e, named, path, out);
        }
        path.remove(path.size() - 1);
      }
    }
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

  /** The value's text as written, in quotes for a message. */
  static String quoted(ScalarNode s) {
    return "'" + s.value() + "'";
  }
}
