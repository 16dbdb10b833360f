package dev.berth.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Position;
import dev.berth.core.Span;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XmlReportersTest {
  /** Characters XML 1.0 forbids, a byte that is not UTF-8, and markup characters in a name. */
  private static Report hostile() {
    String file = "a&b/<x>\"y\".Dockerfile";
    Finding f =
        new Finding(
            file,
            Span.of(0, 1),
            new Position(1, 1),
            new Position(1, 1),
            "DL1000",
            Level.ERROR,
            "bell\u0007 nul\u0000 esc\u001b bad\uDCFF fffe\uFFFE tab\t end",
            Optional.empty());
    return new Report(List.of(new FileResult(file, Optional.empty(), List.of(f))), List.of(), "1");
  }

  private static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<Element> out = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  @Test
  void checkstyleParsesBackToTheFindings() throws IOException {
    Report report = SampleReport.build();
    Document doc = XmlParse.parse(Render.with(new CheckstyleReporter(), report));
    assertEquals("4.3", doc.getDocumentElement().getAttribute("version"));
    List<Element> files = elements(doc, "file");
    assertEquals(report.files().size(), files.size());
    assertEquals("web/Dockerfile", files.get(3).getAttribute("name"));
    assertEquals(0, files.get(3).getChildNodes().getLength(), "a clean file is an empty <file>");
    List<Element> errors = elements(doc, "error");
    List<Finding> findings = report.findings();
    assertEquals(findings.size(), errors.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Element e = errors.get(i);
      assertEquals(f.message(), e.getAttribute("message"));
      assertEquals(f.code(), e.getAttribute("source"));
      assertEquals(String.valueOf(f.start().line()), e.getAttribute("line"));
      assertEquals(String.valueOf(f.start().column()), e.getAttribute("column"));
      assertEquals(CheckstyleReporter.severity(f.level()), e.getAttribute("severity"));
    }
  }

  @Test
  void checkstyleSeverities() {
    assertEquals("error", CheckstyleReporter.severity(Level.ERROR));
    assertEquals("warning", CheckstyleReporter.severity(Level.WARNING));
    assertEquals("info", CheckstyleReporter.severity(Level.INFO));
    assertEquals("info", CheckstyleReporter.severity(Level.STYLE));
  }

  @Test
  void junitParsesBackWithASuitePerFile() throws IOException {
    Report report = SampleReport.build();
    Document doc = XmlParse.parse(Render.with(new JunitReporter(), report));
    Element root = doc.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("13", root.getAttribute("tests"));
    assertEquals("12", root.getAttribute("failures"));
    List<Element> suites = elements(doc, "testsuite");
    assertEquals(report.files().size(), suites.size());
    for (int i = 0; i < suites.size(); i++) {
      FileResult file = report.files().get(i);
      Element suite = suites.get(i);
      assertEquals(file.file(), suite.getAttribute("name"));
      assertEquals(String.valueOf(file.findings().size()), suite.getAttribute("failures"));
      assertEquals(
          String.valueOf(Math.max(1, file.findings().size())), suite.getAttribute("tests"));
    }
    List<Element> failures = elements(doc, "failure");
    List<Finding> findings = report.findings();
    assertEquals(findings.size(), failures.size());
    for (int i = 0; i < findings.size(); i++) {
      assertEquals(findings.get(i).message(), failures.get(i).getAttribute("message"));
      assertEquals(findings.get(i).level().id(), failures.get(i).getAttribute("type"));
      assertTrue(failures.get(i).getTextContent().contains(findings.get(i).message()));
    }
    Element clean = elements(doc, "testcase").get(findings.size());
    assertEquals("web/Dockerfile", clean.getAttribute("classname"));
    assertFalse(clean.hasChildNodes(), "the clean file's test case passes");
  }

  @Test
  void forbiddenCharactersAreReplacedSoTheDocumentStaysWellFormed() throws IOException {
    for (Reporter r : List.of(new CheckstyleReporter(), new JunitReporter())) {
      Document doc = XmlParse.parse(Render.with(r, hostile()));
      String tag = r instanceof CheckstyleReporter ? "error" : "failure";
      assertEquals(
          "bell\uFFFD nul\uFFFD esc\uFFFD bad\\xff fffe\uFFFD tab\t end",
          elements(doc, tag).get(0).getAttribute("message"));
      String fileTag = r instanceof CheckstyleReporter ? "file" : "testsuite";
      assertEquals("a&b/<x>\"y\".Dockerfile", elements(doc, fileTag).get(0).getAttribute("name"));
    }
  }

  @Test
  void xmlEscapingKeepsNonAsciiAndSurrogatePairs() {
    assertEquals(
        "caf\u00e9 \uD83D\uDC33 &amp;&lt;&gt;&quot;&#10;&#13;&#9;",
        Xml.attr("caf\u00e9 \uD83D\uDC33 &<>\"\n\r\t"));
    assertEquals("a\"b\nc&#13;\uFFFD", Xml.text("a\"b\nc\r\uD800"));
  }
}
