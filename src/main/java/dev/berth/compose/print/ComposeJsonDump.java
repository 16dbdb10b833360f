package dev.berth.compose.print;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.MapNode;
import dev.berth.compose.model.Node;
import dev.berth.compose.model.ScalarNode;
import dev.berth.compose.model.SeqNode;
import dev.berth.core.Position;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * {@code berth parse --format json} for a compose file: the loaded document (aliases expanded,
 * merge keys applied, values interpolated) with the source range of every node, and the problems
 * found while loading. Keys are written in a fixed order, so the output can be diffed.
 *
 * <pre>
 * {"file": "compose.yaml",
 *  "root": {"kind": "mapping", "line": 1, "column": 1, "endLine": 3, "endColumn": 16,
 *           "start": 0, "end": 40, "entries": [{"key": {...}, "value": {...}}]},
 *  "problems": [{"code": "...", "level": "error", "line": 2, "column": 3, ..., "message": "..."}]}
 * </pre>
 *
 * Scalars have {@code style}, {@code type}, {@code raw} and {@code value}; a node reached through
 * an alias has {@code alias} (its position); a merged entry has {@code "merged": true}.
 */
public final class ComposeJsonDump {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final SourceText source;
  private final JsonGenerator g;

  private ComposeJsonDump(SourceText source, JsonGenerator g) {
    this.source = source;
    this.g = g;
  }

  public static void write(ComposeFile file, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      new ComposeJsonDump(file.source(), g).file(file);
    }
    out.write('\n');
  }

  private void file(ComposeFile file) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", source.name());
    g.writeFieldName("root");
    if (file.root().isPresent()) {
      node(file.root().get());
    } else {
      g.writeNull();
    }
    g.writeArrayFieldStart("problems");
    for (Problem p : file.problems()) {
      g.writeStartObject();
      g.writeStringField("code", p.code());
      g.writeStringField("level", p.level().id());
      range(p.span());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void range(Span span) throws IOException {
    Position start = source.start(span);
    Position end = source.endInclusive(span);
    g.writeNumberField("line", start.line());
    g.writeNumberField("column", start.column());
    g.writeNumberField("endLine", end.line());
    g.writeNumberField("endColumn", end.column());
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }

  private void node(Node node) throws IOException {
    g.writeStartObject();
    g.writeStringField(
        "kind",
        node instanceof MapNode ? "mapping" : node instanceof SeqNode ? "sequence" : "scalar");
    range(node.span());
    if (node.tag().isPresent()) {
      g.writeStringField("tag", node.tag().get());
    }
    if (node.alias().isPresent()) {
      Position at = source.start(node.alias().get());
      g.writeObjectFieldStart("alias");
      g.writeNumberField("line", at.line());
      g.writeNumberField("column", at.column());
      g.writeEndObject();
    }
    if (node instanceof ScalarNode s) {
      g.writeStringField("style", s.style().name().toLowerCase(Locale.ROOT));
      g.writeStringField("type", s.type().name().toLowerCase(Locale.ROOT));
      g.writeStringField("raw", s.raw());
      g.writeStringField("value", s.value());
    } else if (node instanceof SeqNode seq) {
      g.writeArrayFieldStart("items");
      for (Node item : seq.items()) {
        node(item);
      }
      g.writeEndArray();
    } else {
      g.writeArrayFieldStart("entries");
      for (MapNode.Entry e : ((MapNode) node).entries()) {
        g.writeStartObject();
        g.writeFieldName("key");
        node(e.key());
        g.writeFieldName("value");
        node(e.value());
        if (e.merged()) {
          g.writeBooleanField("merged", true);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
