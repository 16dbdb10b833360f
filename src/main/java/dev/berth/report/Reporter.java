package dev.berth.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one output format. Implementations are stateless. */
public interface Reporter {
  void write(Report report, Writer out) throws IOException;
}
