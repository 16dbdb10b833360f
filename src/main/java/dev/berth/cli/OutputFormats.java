package dev.berth.cli;

import dev.berth.engine.UsageException;
import dev.berth.report.GnuReporter;
import dev.berth.report.JsonReporter;
import dev.berth.report.Reporter;
import java.util.Iterator;
import java.util.List;

/** The output formats {@code lint --format} accepts. */
final class OutputFormats {
  private OutputFormats() {}

  static final List<String> NAMES = List.of("gnu", "json");

  static Reporter create(String name, boolean color) throws UsageException {
    switch (name) {
      case "gnu":
        return new GnuReporter();
      case "json":
        return new JsonReporter();
      default:
        throw new UsageException("unknown format '" + name + "' (expected one of " + String.join(", ", NAMES) + ")");
    }
  }

  /** Completion candidates for picocli's help text. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return NAMES.iterator();
    }
  }
}
