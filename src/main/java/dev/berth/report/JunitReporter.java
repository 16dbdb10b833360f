package dev.berth.report;

import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * JUnit XML for CI servers that show test reports: a test suite per linted file with one failed
 * test case per finding, and a single passing case for a file without findings so that it shows up
 * as checked.
 */
public final class JunitReporter implements Reporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    int tests = 0;
    int failures = 0;
    for (FileResult file : report.files()) {
      tests += Math.max(1, file.findings().size());
      failures += file.findings().size();
    }
    out.write(Xml.DECLARATION);
    out.write("<testsuites name=\"berth\" tests=\"" + tests + "\" failures=\"" + failures);
    out.write("\" errors=\"0\">\n");
    for (FileResult file : report.files()) {
      String name = Xml.attr(file.file());
      int size = file.findings().size();
      out.write("  <testsuite name=\"" + name + "\" tests=\"" + Math.max(1, size));
      out.write("\" failures=\"" + size + "\" errors=\"0\" skipped=\"0\">\n");
      if (size == 0) {
        out.write("    <testcase name=\"no problems\" classname=\"" + name + "\"/>\n");
      }
      for (Finding f : file.findings()) {
        out.write("    <testcase name=\"" + Xml.attr(f.code() + " at " + f.start()) + "\"");
        out.write(" classname=\"" + name + "\">\n");
        out.write("      <failure message=\"" + Xml.attr(f.message()) + "\"");
        out.write(" type=\"" + f.level().id() + "\">");
        out.write(Xml.text(f.file() + ":" + f.start() + ": " + f.level().id() + ": "));
        out.write(Xml.text(f.message() + " [" + f.code() + "]"));
        out.write("</failure>\n");
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
  }
}
