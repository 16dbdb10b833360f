package dev.berth.report;

import dev.berth.core.Finding;
import java.io.IOException;
import java.io.Writer;

/** GNU style, one line per finding: {@code file:line:col: level: message [ID]}. */
public final class GnuReporter implements Reporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      out.write(f.file());
      out.write(':');
      out.write(Integer.toString(f.start().line()));
      out.write(':');
      out.write(Integer.toString(f.start().column()));
      out.write(": ");
      out.write(f.level().id());
      out.write(": ");
      out.write(Text.oneLine(f.message()));
      out.write(" [");
      out.write(f.code());
      out.write("]\n");
    }
  }
}
