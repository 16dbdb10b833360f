package dev.berth.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one output format. Implementations are stateless. */
public interface Reporter {
  void write(Report report, Writer out) throws IOException;

  /**
   * Whether the output lists the rules that ran ({@link Report#rules()}), not only the findings; a
   * run then works out that list over every rule it could have run.
   */
  default boolean listsRules() {
    return false;
  }
}
