package dev.berth.report;

import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Utf8;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations on the
 * changed lines: {@code ::warning file=F,line=L,col=C,endLine=EL,endColumn=EC,title=ID::msg}. Info
 * and style findings are notices. Columns are berth's (code points, end inclusive); GitHub takes
 * columns only for a single line, so a finding over several lines gives lines alone.
 */
public final class GithubReporter implements Reporter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      StringBuilder sb = new StringBuilder(128);
      sb.append("::").append(command(f.level()));
      sb.append(" file=").append(property(Uris.forwardSlashes(f.file())));
      sb.append(",line=").append(f.start().line());
      if (f.start().line() == f.end().line()) {
        sb.append(",col=").append(f.start().column());
        sb.append(",endLine=").append(f.end().line());
        sb.append(",endColumn=").append(f.end().column());
      } else {
        sb.append(",endLine=").append(f.end().line());
      }
      sb.append(",title=").append(property(f.code()));
      sb.append("::").append(data(f.message()));
      sb.append('\n');
      out.write(sb.toString());
    }
  }

  static String command(Level level) {
    return switch (level) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "notice";
    };
  }

  /** A command's message: {@code %}, CR and LF are percent-encoded. */
  static String data(String s) {
    return Utf8.printable(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: like {@link #data}, plus {@code :} and {@code ,}, which end a value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
