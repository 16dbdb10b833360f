package dev.berth.compose.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.berth.SharedData;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NodeMerger#withoutResets}, which allocates only once it meets a {@code !reset}, gives the
 * tree (and tells the listener of the nodes it makes) as the plain copy-every-level version did.
 */
class NodeMergerResetsTest {
  /** The version before the allocation-free pass: every level copied, then kept or dropped. */
  private static Node reference(Node node, NodeMerger.Listener listener) {
    if (node instanceof MapNode m) {
      List<MapNode.Entry> out = new ArrayList<>();
      boolean changed = false;
      for (MapNode.Entry e : m.entries()) {
        if (e.value().tag().filter(NodeMerger.RESET::equals).isPresent()) {
          changed = true;
          continue;
        }
        Node v = reference(e.value(), listener);
        changed |= v != e.value();
        out.add(v == e.value() ? e : new MapNode.Entry(e.key(), v, e.merged()));
      }
      if (!changed) {
        return m;
      }
      MapNode made = new MapNode(m.span(), List.copyOf(out), m.tag(), m.alias());
      listener.derived(made, m);
      return made;
    }
    if (node instanceof SeqNode s) {
      List<Node> out = new ArrayList<>();
      boolean changed = false;
      for (Node item : s.items()) {
        if (item.tag().filter(NodeMerger.RESET::equals).isPresent()) {
          changed = true;
          continue;
        }
        Node v = reference(item, listener);
        changed |= v != item;
        out.add(v);
      }
      if (!changed) {
        return s;
      }
      SeqNode made = new SeqNode(s.span(), List.copyOf(out), s.tag(), s.alias());
      listener.derived(made, s);
      return made;
    }
    return node;
  }

  /** Records the listener's calls, by the nodes' text. */
  private static final class Calls implements NodeMerger.Listener {
    final List<String> derived = new ArrayList<>();

    @Override
    public void derived(Node made, Node base) {
      derived.add(made + " from " + base);
    }
  }

  private static void check(String yaml) {
    java.util.Optional<Node> loaded =
        ComposeLoading.load(SourceText.of("t.yaml", yaml), ComposeLoadOptions.defaults()).root();
    if (loaded.isEmpty()) {
      return; // not loaded: nothing to remove resets from
    }
    Node root = loaded.get();
    Calls expectedCalls = new Calls();
    Calls actualCalls = new Calls();
    Node expected = reference(root, expectedCalls);
    Node actual = NodeMerger.withoutResets(root, actualCalls);
    assertEquals(expected, actual, yaml);
    assertEquals(expectedCalls.derived, actualCalls.derived, yaml);
    if (expected == root) {
      assertSame(root, actual, "nothing reset: the same tree, " + yaml);
    }
  }

  @Test
  void resetsAnywhereAreRemovedAsBefore() {
    check("services:\n  web:\n    image: a\n");
    check("a: !reset 1\nb: 2\n");
    check("a: 1\nb: !reset 2\n");
    check("a: 1\nb: !reset 2\nc: 3\n");
    check("a: !reset 1\nb: !reset 2\n");
    check("s:\n  web:\n    ports: !reset []\n    image: x\n  db:\n    image: y\n");
    check("s:\n  web:\n    ports: [a, !reset b, c]\n    x: [!reset a]\n    y: [a, !reset b]\n");
    check("l: [[a, [b, !reset c]], {k: !reset v, j: w}, d]\n");
    check("a: !override 1\nb: [!override x]\nc: {d: !reset e}\n");
    check("x: &a {k: !reset v, j: w}\ny: *a\nz: [*a, *a]\n");
  }

  @Test
  void theCorpusTreesAreKeptAsBefore() throws IOException {
    List<Path> files = SharedData.composeFiles();
    for (Path f : files) {
      check(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
  }
}
