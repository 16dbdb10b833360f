package dev.berth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.Level;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {
  @Test
  void oneCommandPerFindingInReportOrder() throws IOException {
    Report report = SampleReport.build();
    List<String> lines = Render.with(new GithubReporter(), report).lines().toList();
    assertEquals(report.findings().size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      var f = report.findings().get(i);
      assertTrue(lines.get(i).startsWith("::" + GithubReporter.command(f.level()) + " "));
      assertTrue(lines.get(i).contains(",title=" + f.code() + "::"), lines.get(i));
    }
  }

  @Test
  void commandsPerLevel() {
    assertEquals("error", GithubReporter.command(Level.ERROR));
    assertEquals("warning", GithubReporter.command(Level.WARNING));
    assertEquals("notice", GithubReporter.command(Level.INFO));
    assertEquals("notice", GithubReporter.command(Level.STYLE));
  }

  @Test
  void escapesDataAndProperties() {
    assertEquals("100%25 a:b, c%0D%0Ad", GithubReporter.data("100% a:b, c\r\nd"));
    assertEquals("100%25 a%3Ab%2C c%0D%0Ad", GithubReporter.property("100% a:b, c\r\nd"));
  }

  @Test
  void multiLineFindingsGiveNoColumns() throws IOException {
    String out = Render.with(new GithubReporter(), SampleReport.build());
    assertTrue(
        out.contains(
            "::notice file=Dockerfile,line=2,endLine=4,title=DL3015::Add --no-install-recommends"));
    assertTrue(
        out.contains(
            "::error file=deploy/my stack/compose.yaml,line=9,col=9,endLine=9,endColumn=17,"
                + "title=no-duplicate-exported-ports::Host port \"8080:80\" is published by"
                + " <web> & <api>, 100%25 a clash:%0Aonly one"));
  }
}
