package dev.berth.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.core.Finding;
import dev.berth.core.TextEdit;
import dev.berth.core.Utf8;
import java.io.IOException;
import java.io.Writer;

/**
 * One JSON array of finding objects with the keys of {@code cli.md}: file, line, column, endLine,
 * endColumn, code, level, message, and fix (a list of edits) only when there is one.
 */
public final class JsonReporter implements Reporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartArray();
      for (Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("file", f.file());
        g.writeNumberField("line", f.start().line());
        g.writeNumberField("column", f.start().column());
        g.writeNumberField("endLine", f.end().line());
        g.writeNumberField("endColumn", f.end().column());
        g.writeStringField("code", f.code());
        g.writeStringField("level", f.level().id());
        g.writeStringField("message", Utf8.printable(f.message()));
        if (f.fix().isPresent()) {
          g.writeArrayFieldStart("fix");
          for (TextEdit e : f.fix().get().edits()) {
            g.writeStartObject();
            g.writeNumberField("start", e.span().start());
            g.writeNumberField("end", e.span().end());
            g.writeStringField("replacement", e.replacement());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.write('\n');
  }
}
