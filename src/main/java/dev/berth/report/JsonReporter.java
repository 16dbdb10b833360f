package dev.berth.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      g.setPrettyPrinter(pp);
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
