package dev.berth.report;

import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle's XML, which CI servers and review bots read: one {@code <file>} per linted file,
 * empty when the file is clean, and one {@code <error>} per finding with the rule id as {@code
 * source}. Checkstyle knows error, warning and info; berth's style level is reported as info.
 */
public final class CheckstyleReporter implements Reporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    out.write(Xml.DECLARATION);
    out.write("<checkstyle version=\"4.3\">\n");
    for (FileResult file : report.files()) {
      String name = Xml.attr(file.file());
      if (file.findings().isEmpty()) {
        out.write("  <file name=\"" + name + "\"/>\n");
        continue;
      }
      out.write("  <file name=\"" + name + "\">\n");
      for (Finding f : file.findings()) {
        out.write("    <error line=\"" + f.start().line() + "\"");
        out.write(" column=\"" + f.start().column() + "\"");
        out.write(" severity=\"" + severity(f.level()) + "\"");
        out.write(" message=\"" + Xml.attr(f.message()) + "\"");
        out.write(" source=\"" + Xml.attr(f.code()) + "\"/>\n");
      }
      out.write("  </file>\n");
    }
    out.write("</checkstyle>\n");
  }

  static String severity(Level level) {
    return switch (level) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "info";
    };
  }
}
