package dev.berth.compose.parser;

import dev.berth.compose.model.ComposeProblemCodes;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.ScalarStyle;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Builds berth's node tree from snakeyaml's parser events, without recursion: anchors and aliases
 * (an alias is expanded into a copy that remembers the alias), merge keys {@code <<}, duplicate
 * keys, and the depth and alias-expansion limits.
 *
 * <p>snakeyaml's own composer is not used: it forgets where an alias was written, stops at 50
 * aliases (a real, valid compose file has more), recurses once per nesting level, and leaves merge
 * keys and duplicate keys to its constructor.
 */
final class DocumentComposer {
  private final SourceSpans spans;
  private final int maxDepth;
  private final int maxNodes;
  private int nodes;
  private final List<Problem> problems;
  private final ScalarFactory scalars;
  private final AliasCopier copier;
  private final Map<String, Anchored> anchors = new HashMap<>();
  private final Deque<Frame> stack = new ArrayDeque<>();

  private int documents;
  private int documentStart;
  private Node documentRoot;
  private Node firstRoot;
  private boolean warnedMultipleDocuments;

  /** A node an anchor names, with its height; {@code node} is null while it is being built. */
  private record Anchored(Node node, int height) {}

  /** The merge sources of one {@code <<} key, in the order they were written. */
  private record MergePoint(List<MapNode> sources) {}

  /** A mapping or sequence being built. */
  private static final class Frame {
    final boolean mapping;
    final boolean flow;
    final int start;
    final Optional<String> anchor;
    final Optional<String> tag;
    final List<Node> children = new ArrayList<>();
    int height = 1;

    Frame(boolean mapping, boolean flow, int start, Optional<String> anchor, Optional<String> tag) {
      this.mapping = mapping;
      this.flow = flow;
      this.start = start;
      this.anchor = anchor;
      this.tag = tag;
    }

    boolean expectsKey() {
      return mapping && children.size() % 2 == 0;
    }
  }

  DocumentComposer(SourceSpans spans, ComposeLoadOptions options, List<Problem> problems) {
    this.spans = spans;
    this.maxDepth = options.maxDepth();
    this.maxNodes = options.maxNodes();
    this.problems = problems;
    this.scalars = new ScalarFactory(spans, options, problems);
    this.copier = new AliasCopier(options.maxAliasExpansion());
  }

  /** Reads every document of the stream; their roots are merged in order, as Compose does. */
  void compose(Parser parser) {
    while (parser.hasNext()) {
      Event e = parser.next();
      switch (e.getEventId()) {
        case DocumentStart:
          documents++;
          documentStart = spans.start(e);
          anchors.clear();
          break;
        case DocumentEnd:
          endDocument();
          break;
        case MappingStart:
          open((CollectionStartEvent) e, true);
          break;
        case SequenceStart:
          open((CollectionStartEvent) e, false);
          break;
        case MappingEnd:
        case SequenceEnd:
          close(e);
          break;
        case Scalar:
          scalar((ScalarEvent) e);
          break;
        case Alias:
          alias((AliasEvent) e);
          break;
        default:
          break;
      }
    }
  }

  int documents() {
    return documents;
  }

  /**
   * The root of the first document, when the stream has one, with the later non-empty documents
   * merged over it.
   */
  Optional<Node> root() {
    return Optional.ofNullable(firstRoot);
  }

  private SourceText source() {
    return spans.source();
  }

  private void endDocument() {
    if (documents == 1) {
      firstRoot = documentRoot;
    } else if (!isEmpty(documentRoot)) {
      if (!warnedMultipleDocuments) {
        warnedMultipleDocuments = true;
        problems.add(
            new Problem(
                ComposeProblemCodes.NO_MULTIPLE_DOCUMENTS,
                Level.WARNING,
                spans.charAt(documentStart),
                "This file holds more than one YAML document (`---`). Compose merges them in"
                    + " order (and so does berth), but many tools read only the first one; move"
                    + " the others into their own compose files (for example"
                    + " compose.override.yaml)."));
      }
      firstRoot =
          isEmpty(firstRoot)
              ? documentRoot
              : NodeMerger.mergeDocumentsOfOneFile(firstRoot, documentRoot);
    }
    documentRoot = null;
  }

  static boolean isEmpty(Node root) {
    return root == null
        || (root instanceof ScalarNode s && s.isNull() && s.style() == ScalarStyle.PLAIN);
  }

  private void open(CollectionStartEvent e, boolean mapping) {
    int start = spans.start(e);
    if (stack.size() + 1 > maxDepth) {
      throw tooDeep(start);
    }
    // plain ifs, not ifPresent with lambdas: each would allocate a capturing lambda per node
    Optional<String> anchor = Optional.empty();
    if (e.getAnchor().isPresent()) {
      anchor = Optional.of(e.getAnchor().get().getValue());
      anchors.put(anchor.get(), new Anchored(null, 0));
    }
    stack.push(new Frame(mapping, e.isFlow(), start, anchor, ScalarFactory.tag(e.getTag())));
  }

  private void close(Event e) {
    Frame f = stack.pop();
    int end;
    int limit;
    if (f.flow || f.children.isEmpty()) {
      end = Math.max(f.start, spans.end(e));
      limit = end;
    } else {
      end = f.children.get(f.children.size() - 1).site().end();
      limit = f.children.get(0).site().start();
    }
    int start = Math.min(spans.afterProperties(f.start, Math.max(f.start, limit)), end);
    Span span = new Span(start, Math.max(start, end));
    Node node =
        f.mapping
            ? map(f, span)
            : new SeqNode(span, Collections.unmodifiableList(f.children), f.tag, Optional.empty());
    if (f.anchor.isPresent()) {
      anchors.put(f.anchor.get(), new Anchored(node, f.height));
    }
    add(node, f.height, span);
  }

  private void scalar(ScalarEvent e) {
    boolean key = !stack.isEmpty() && stack.peek().expectsKey();
    ScalarNode node = scalars.scalar(e, key);
    if (e.getAnchor().isPresent()) {
      anchors.put(e.getAnchor().get().getValue(), new Anchored(node, 1));
    }
    add(node, 1, node.span());
  }

  private void alias(AliasEvent e) {
    Span at = new Span(spans.start(e), Math.max(spans.start(e), spans.end(e)));
    String name = e.getAlias().getValue();
    Anchored target = anchors.get(name);
    if (target == null) {
      throw new LoadAbort(
          new Problem(
              ComposeProblemCodes.INVALID_YAML,
              Level.ERROR,
              at,
              "Alias *"
                  + name
                  + " refers to no anchor: define &"
                  + name
                  + " on a node before this alias (anchors do not carry over between documents)."));
    }
    if (target.node() == null) {
      throw new LoadAbort(
          new Problem(
              ComposeProblemCodes.NO_YAML_ALIAS_CYCLE,
              Level.ERROR,
              at,
              "Alias *"
                  + name
                  + " is inside the node anchored &"
                  + name
                  + ", so that node would contain itself; Compose refuses such cycles. Point the"
                  + " alias at another anchor or copy the content."));
    }
    if (stack.size() + target.height() > maxDepth) {
      throw tooDeep(at.start());
    }
    Node copy = copier.copy(target.node(), at);
    if (copy instanceof ScalarNode s && !stack.isEmpty() && stack.peek().expectsKey()) {
      copy = new ScalarNode(s.span(), s.raw(), s.raw(), s.style(), s.type(), s.tag(), s.alias());
    }
    add(copy, target.height(), at);
  }

  private void add(Node node, int height, Span at) {
    if (++nodes > maxNodes) {
      throw tooManyNodes(at.start());
    }
    if (stack.isEmpty()) {
      documentRoot = node;
      return;
    }
    if (stack.size() + height > maxDepth) {
      throw tooDeep(at.start());
    }
    Frame parent = stack.peek();
    parent.children.add(node);
    parent.height = Math.max(parent.height, height + 1);
  }

  private LoadAbort tooManyNodes(int offset) {
    return new LoadAbort(
        new Problem(
            ComposeProblemCodes.FILE_TOO_LARGE,
            Level.ERROR,
            spans.charAt(offset),
            "This file has more than "
                + maxNodes
                + " YAML nodes (keys, values and list items) by here; berth does not load files"
                + " this large (raise the limit with --max-yaml-nodes)."));
  }

  private LoadAbort tooDeep(int offset) {
    return new LoadAbort(
        new Problem(
            ComposeProblemCodes.INVALID_YAML,
            Level.ERROR,
            spans.charAt(offset),
            "Mappings and lists are nested more than "
                + maxDepth
                + " levels deep here; berth does not load such files. A compose file needs only a"
                + " few levels (raise the limit with --max-yaml-depth)."));
  }

  /** Builds a mapping: checks keys, applies merge keys, explicit keys winning. */
  private MapNode map(Frame f, Span span) {
    List<Node> c = f.children;
    List<Object> order = new ArrayList<>(c.size() / 2);
    Map<String, ScalarNode> seen = new HashMap<>();
    ScalarNode firstMergeKey = null;
    for (int i = 0; i + 1 < c.size(); i += 2) {
      Node k = c.get(i);
      Node v = c.get(i + 1);
      if (!(k instanceof ScalarNode key)) {
        problems.add(
            new Problem(
                ComposeProblemCodes.INVALID_YAML,
                Level.ERROR,
                k.site(),
                "This mapping key is "
                    + kind(k)
                    + "; Compose needs every key to be a string."
                    + " Write the key as plain text."));
        continue;
      }
      if (isMergeKey(key)) {
        if (firstMergeKey != null) {
          problems.add(
              new Problem(
                  ComposeProblemCodes.NO_DUPLICATE_KEYS,
                  Level.ERROR,
                  key.site(),
                  "Second merge key `<<` in this mapping (line "
                      + line(key)
                      + "; the first is at line "
                      + line(firstMergeKey)
                      + "); Compose keeps only one. Merge several anchors"
                      + " with one key: `<<: [*first, *second]`."));
        } else {
          firstMergeKey = key;
        }
        order.add(new MergePoint(mergeSources(v)));
        continue;
      }
      ScalarNode previous = seen.putIfAbsent(key.value(), key);
      if (previous != null) {
        problems.add(
            new Problem(
                ComposeProblemCodes.NO_DUPLICATE_KEYS,
                Level.ERROR,
                key.site(),
                "Key `"
                    + key.value()
                    + "` at line "
                    + line(key)
                    + " is already defined at line "
                    + line(previous)
                    + " of the same mapping; Compose refuses duplicate keys."
                    + " Remove one of them."));
        continue;
      }
      order.add(new MapNode.Entry(key, v, false));
    }
    Set<String> present = new HashSet<>(seen.keySet());
    List<MapNode.Entry> entries = new ArrayList<>(order.size());
    for (Object o : order) {
      if (o instanceof MapNode.Entry e) {
        entries.add(e);
      } else if (o instanceof MergePoint m) {
        for (MapNode source : m.sources()) {
          for (MapNode.Entry e : source.entries()) {
            if (present.add(e.key().value())) {
              entries.add(new MapNode.Entry(e.key(), e.value(), true));
            }
          }
        }
      }
    }
    return new MapNode(span, Collections.unmodifiableList(entries), f.tag, Optional.empty());
  }

  private static boolean isMergeKey(ScalarNode key) {
    return key.isPlain()
        && key.raw().equals("<<")
        && (key.tag().isEmpty() || key.tag().get().equals("!!merge"));
  }

  private List<MapNode> mergeSources(Node value) {
    if (value instanceof MapNode m) {
      return List.of(m);
    }
    List<MapNode> sources = new ArrayList<>();
    if (value instanceof SeqNode seq) {
      for (Node item : seq.items()) {
        if (item instanceof MapNode m) {
          sources.add(m);
        } else {
          problems.add(badMergeValue(item, "this item is " + kind(item)));
        }
      }
    } else {
      problems.add(badMergeValue(value, "this value is " + kind(value)));
    }
    return sources;
  }

  private Problem badMergeValue(Node node, String found) {
    return new Problem(
        ComposeProblemCodes.INVALID_YAML,
        Level.ERROR,
        node.site(),
        "A merge key `<<` takes a mapping or a list of mappings (usually aliases such as"
            + " `*defaults`), but "
            + found
            + "; it was not merged.");
  }

  private int line(Node node) {
    return source().line(node.site().start());
  }

  static String kind(Node node) {
    if (node instanceof MapNode) {
      return "a mapping";
    }
    if (node instanceof SeqNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) node;
    switch (s.type()) {
      case NULL:
        return "null (empty)";
      case BOOLEAN:
        return "a boolean";
      case INTEGER:
      case FLOAT:
        return "a number";
      default:
        return "a string";
    }
  }
}
