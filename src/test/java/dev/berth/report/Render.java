package dev.berth.report;

import java.io.IOException;
import java.io.StringWriter;

final class Render {
  private Render() {}

  static String with(Reporter reporter, Report report) throws IOException {
    StringWriter out = new StringWriter();
    reporter.write(report, out);
    return out.toString();
  }
}
