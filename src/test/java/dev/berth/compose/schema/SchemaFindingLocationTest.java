package dev.berth.compose.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.SeqNode;
import dev.berth.compose.parser.ComposeLoadOptions;
import dev.berth.compose.parser.ComposeLoading;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * Every schema finding berth reports on a mutant lies on the mutated node or on its parent (the
 * mapping that gained, lost or renamed a key; the list that gained an item). Mutants go through
 * berth's real loader and validator, as text, so positions are berth's own.
 */
class SchemaFindingLocationTest {
  private static final ComposeLoadOptions NO_INTERPOLATION =
      ComposeLoadOptions.defaults().withInterpolation(false);

  @Test
  void schemaFindingsLieOnTheMutatedNodeOrItsParent() {
    DifferentialInputs inputs = DifferentialInputs.get();
    List<DifferentialInputs.Case> cases = new ArrayList<>(inputs.corpus());
    cases.addAll(inputs.seeds());
    Map<String, Boolean> originalValid = new HashMap<>();
    for (DifferentialInputs.Case c : cases) {
      if (c.mutant() == null) {
        ComposeFile original = load(c.document());
        originalValid.put(
            c.source(),
            original.problems().stream().noneMatch(p -> p.level() == dev.berth.core.Level.ERROR));
      }
    }
    int mutants = 0;
    int findings = 0;
    List<String> misplaced = new ArrayList<>();
    for (DifferentialInputs.Case c :
        (Iterable<DifferentialInputs.Case>) inputs.mutants()::iterator) {
      if (c.mutant() == null || !originalValid.getOrDefault(c.source(), false)) {
        continue;
      }
      ComposeFile file = load(c.document());
      if (file.root().isEmpty()) {
        continue;
      }
      mutants++;
      Optional<Span> node = extent(file.root().get(), c.mutant().pointer());
      Optional<Span> parent = extent(file.root().get(), c.mutant().parentPointer());
      for (Problem p : schemaProblems(file)) {
        findings++;
        boolean onNode = node.map(n -> n.contains(p.span())).orElse(false);
        boolean onParent = parent.map(n -> n.contains(p.span())).orElse(false);
        if (!onNode && !onParent) {
          misplaced.add(
              c.describe() + ": " + p.code() + " at " + p.span() + " (" + p.message() + ")");
        }
      }
    }
    System.out.printf(
        "[schema-location] %d mutants of valid documents, %d schema findings, %d not on the "
            + "mutated node or its parent%n",
        mutants, findings, misplaced.size());
    assertTrue(
        mutants > 2000, "expected more than 2,000 mutants of valid documents, got " + mutants);
    assertTrue(
        misplaced.isEmpty(),
        () -> String.join("\n", misplaced.subList(0, Math.min(15, misplaced.size()))));
  }

  private static ComposeFile load(Object document) {
    String text =
        document instanceof JSONObject o
            ? o.toString(2)
            : document instanceof JSONArray a ? a.toString(2) : String.valueOf(document);
    return ComposeSchemaValidation.validate(
        ComposeLoading.load(SourceText.of("mutant.json", text), NO_INTERPOLATION));
  }

  private static List<Problem> schemaProblems(ComposeFile file) {
    return file.problems().stream()
        .filter(
            p ->
                p.code().equals(ComposeProblemCodes.INVALID_SCHEMA)
                    || p.code().equals(ComposeProblemCodes.NO_UNKNOWN_PROPERTY))
        .toList();
  }

  /**
   * What a JSON pointer names in the file, as the user sees it: the node, and when it is the value
   * of a mapping entry, the entry's key too (a finding about a mapping, such as a missing key, is
   * reported at its key).
   */
  static Optional<Span> extent(Node root, String pointer) {
    Optional<Node> node = at(root, pointer);
    if (node.isEmpty() || pointer.isEmpty()) {
      return node.map(Node::span);
    }
    int slash = pointer.lastIndexOf('/');
    Optional<Node> holder = at(root, pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (holder.isPresent() && holder.get() instanceof MapNode m) {
      Optional<MapNode.Entry> e = m.entry(last);
      if (e.isPresent() && e.get().key().alias().isEmpty()) {
        return Optional.of(e.get().key().span().union(node.get().span()));
      }
    }
    return node.map(Node::span);
  }

  /** The node a JSON pointer names, when it exists. */
  static Optional<Node> at(Node root, String pointer) {
    Node cur = root;
    if (pointer.isEmpty()) {
      return Optional.of(cur);
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (cur instanceof MapNode m) {
        Optional<MapNode.Entry> e = m.entry(segment);
        if (e.isEmpty()) {
          return Optional.empty();
        }
        cur = e.get().value();
      } else if (cur instanceof SeqNode s) {
        int i;
        try {
          i = Integer.parseInt(segment);
        } catch (NumberFormatException x) {
          return Optional.empty();
        }
        if (i < 0 || i >= s.items().size()) {
          return Optional.empty();
        }
        cur = s.items().get(i);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(cur);
  }
}
