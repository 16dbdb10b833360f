package dev.berth.cli;

import dev.berth.engine.UsageException;
import dev.berth.engine.fix.AtomicFileWriter;
import dev.berth.report.Report;
import dev.berth.report.Reporter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a report to standard output, or atomically to a file. */
final class ReportOutput {
  private ReportOutput() {}

  static void write(Reporter reporter, Report report, Path output, Io io)
      throws IOException, UsageException {
    if (output == null) {
      reporter.write(report, io.out());
      io.out().flush();
      return;
    }
    StringWriter buffer = new StringWriter();
    reporter.write(report, buffer);
    AtomicFiles.write(output, buffer.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a whole file atomically (temporary file in the same folder, then a rename). */
  static final class AtomicFiles {
    private AtomicFiles() {}

    static void write(Path target, byte[] content) throws UsageException {
      try {
        new AtomicFileWriter().write(target.toAbsolutePath(), content);
      } catch (IOException e) {
        throw new UsageException("cannot write " + target + ": " + e.getMessage());
      }
    }
  }
}
