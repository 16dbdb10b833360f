package dev.berth.cli;

import dev.berth.engine.UsageException;
import dev.berth.report.Report;
import dev.berth.report.Reporter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report to standard output, or atomically to a file. */
final class ReportOutput {
  private ReportOutput() {}

  static void write(Reporter reporter, Report report, Path output, Io io) throws IOException, UsageException {
    if (output == null) {
      reporter.write(report, io.out());
      io.out().flush();
      return;
    }
    StringWriter buffer = new StringWriter();
    reporter.write(report, buffer);
    AtomicFiles.write(output, buffer.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes through a temporary file in the same directory and a rename. */
  static final class AtomicFiles {
    private AtomicFiles() {}

    static void write(Path target, byte[] content) throws UsageException {
      Path abs = target.toAbsolutePath();
      Path dir = abs.getParent();
      Path tmp = null;
      try {
        tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (tmp != null) {
          try {
            Files.deleteIfExists(tmp);
          } catch (IOException ignored) {
            // the temporary file is left behind; nothing else to do
          }
        }
        throw new UsageException("cannot write " + target + ": " + e.getMessage());
      }
    }
  }
}
