package dev.berth.report;

import static dev.berth.report.JsonTree.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeClimateReporterTest {
  @Test
  void issuesParseBackWithTheGitlabFields() throws IOException {
    Report report = SampleReport.build();
    List<Object> issues = asList(JsonTree.parse(Render.with(new CodeClimateReporter(), report)));
    List<Finding> findings = report.findings();
    assertEquals(findings.size(), issues.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Object issue = issues.get(i);
      assertEquals(f.message(), at(issue, "description"));
      assertEquals(f.code(), at(issue, "check_name"));
      assertEquals(f.file(), at(issue, "location", "path"));
      assertEquals((long) f.start().line(), at(issue, "location", "lines", "begin"));
      assertEquals((long) f.end().line(), at(issue, "location", "lines", "end"));
    }
    assertEquals("blocker", at(issues, 0, "severity"));
    assertEquals("Security", at(issues, 8, "categories", 0));
    assertEquals("critical", at(issues, 8, "severity"));
  }

  @Test
  void severitiesKeepBerthsOrder() {
    Finding f = SampleReport.build().findings().get(0);
    assertEquals("blocker", severity(f, Level.ERROR, Optional.of(dev.berth.api.Category.SYNTAX)));
    assertEquals("critical", severity(f, Level.ERROR, Optional.empty()));
    assertEquals("major", severity(f, Level.WARNING, Optional.empty()));
    assertEquals("minor", severity(f, Level.INFO, Optional.empty()));
    assertEquals("info", severity(f, Level.STYLE, Optional.empty()));
  }

  private static String severity(
      Finding f, Level level, Optional<dev.berth.api.Category> category) {
    return CodeClimateReporter.severity(f.withLevel(level), category);
  }

  @Test
  void fingerprintsAreUniqueWithinAReport() throws IOException {
    List<Object> issues =
        asList(JsonTree.parse(Render.with(new CodeClimateReporter(), SampleReport.build())));
    HashSet<Object> seen = new HashSet<>();
    for (Object issue : issues) {
      assertEquals(true, seen.add(at(issue, "fingerprint")), "duplicate " + issue);
    }
  }

  @Test
  void fingerprintsSurviveLinesMovingAndCountDuplicates() {
    FileResult before = dockerfile("Dockerfile", "FROM a\nRUN cd /x\nRUN cd /x\n");
    FileResult after =
        dockerfile("Dockerfile", "# new comment\n\nFROM a\nRUN cd /x\n  RUN cd /x\n");
    List<String> a = Fingerprints.of(before);
    List<String> b = Fingerprints.of(after);
    assertEquals(a, b, "moving the lines (and re-indenting one) keeps the fingerprints");
    assertNotEquals(a.get(0), a.get(1), "two findings on equal lines differ by occurrence");

    FileResult otherPath = dockerfile("sub/Dockerfile", "FROM a\nRUN cd /x\nRUN cd /x\n");
    assertNotEquals(a.get(0), Fingerprints.of(otherPath).get(0));
    FileResult otherText = dockerfile("Dockerfile", "FROM a\nRUN cd /y\nRUN cd /x\n");
    assertNotEquals(a.get(0), Fingerprints.of(otherText).get(0));
  }

  /** A DL3003 finding on every {@code cd} of the text. */
  private static FileResult dockerfile(String name, String text) {
    SourceText src = SourceText.of(name, text);
    List<Finding> findings = new ArrayList<>();
    for (int at = text.indexOf("cd"); at >= 0; at = text.indexOf("cd", at + 1)) {
      findings.add(
          Finding.at(
              src,
              dev.berth.core.Span.of(at, at + 2),
              "DL3003",
              Level.WARNING,
              "Use WORKDIR.",
              Optional.empty()));
    }
    return new FileResult(name, Optional.of(src), findings);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object o) {
    return (List<Object>) o;
  }
}
