package dev.berth.report;

import static dev.berth.report.JsonTree.at;
import static dev.berth.report.JsonTree.list;
import static dev.berth.report.JsonTree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.api.RuleMeta;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
  private static String sarif(Report report) throws IOException {
    return Render.with(new SarifReporter(), report);
  }

  private static Object sample() throws IOException {
    return JsonTree.parse(sarif(SampleReport.build()));
  }

  @Test
  void validatesAgainstTheSarifSchema() throws IOException {
    Schema schema = sarifSchema();
    for (Report report : List.of(SampleReport.build(), emptyReport(), oddReport())) {
      JSONObject doc = new JSONObject(new JSONTokener(sarif(report)));
      try {
        schema.validate(doc);
      } catch (ValidationException e) {
        throw new AssertionError(String.join("\n", e.getAllMessages()), e);
      }
    }
  }

  @Test
  void schemaRejectsABrokenDocument() throws IOException {
    Schema schema = sarifSchema();
    JSONObject doc = new JSONObject(new JSONTokener(sarif(SampleReport.build())));
    doc.getJSONArray("runs")
        .getJSONObject(0)
        .getJSONArray("results")
        .getJSONObject(0)
        .put("level", "fatal");
    try {
      schema.validate(doc);
      throw new AssertionError("the schema accepted level 'fatal'; is it loaded at all?");
    } catch (ValidationException expected) {
      // the validation is real
    }
  }

  @Test
  void oneRunWithTheDriverAndEveryRuleOfTheReport() throws IOException {
    Object doc = sample();
    assertEquals("2.1.0", at(doc, "version"));
    assertEquals(1, list(doc, "runs").size());
    Map<String, Object> driver = map(doc, "runs", 0, "tool", "driver");
    assertEquals("berth", driver.get("name"));
    assertEquals(SampleReport.VERSION, driver.get("version"));
    assertEquals(SarifReporter.INFORMATION_URI, driver.get("informationUri"));
    List<Object> rules = list(driver, "rules");
    // every rule of the report (DL3059 has no finding) plus SC2086, which has no rule
    assertEquals(SampleReport.rules().size() + 1, rules.size());
    assertEquals("SC2086", at(rules, rules.size() - 1, "id"));
    assertEquals("unicodeCodePoints", at(doc, "runs", 0, "columnKind"));
  }

  @Test
  void ruleDescriptorsPointAtTheRuleDocument() throws IOException {
    Object doc = sample();
    for (Object rule : list(doc, "runs", 0, "tool", "driver", "rules")) {
      String id = (String) at(rule, "id");
      Optional<RuleMeta> meta =
          SampleReport.rules().stream().filter(r -> r.id().equals(id)).findFirst();
      if (meta.isEmpty()) {
        continue;
      }
      assertEquals(meta.get().summary(), at(rule, "shortDescription", "text"));
      assertEquals(SarifReporter.RULES_BASE_URI + meta.get().docPath(), at(rule, "helpUri"));
      assertEquals(
          SarifReporter.level(meta.get().level()), at(rule, "defaultConfiguration", "level"));
    }
  }

  @Test
  void resultsKeepReportOrderAndIndexTheirRule() throws IOException {
    Object doc = sample();
    List<Object> rules = list(doc, "runs", 0, "tool", "driver", "rules");
    List<Object> results = list(doc, "runs", 0, "results");
    List<Finding> findings = SampleReport.build().findings();
    assertEquals(findings.size(), results.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Object r = results.get(i);
      assertEquals(f.code(), at(r, "ruleId"));
      assertEquals(f.code(), at(rules, ((Long) at(r, "ruleIndex")).intValue(), "id"));
      assertEquals(SarifReporter.level(f.level()), at(r, "level"));
      assertEquals(f.message(), at(r, "message", "text"));
    }
  }

  @Test
  void levelsMapToSarifLevels() {
    assertEquals("error", SarifReporter.level(Level.ERROR));
    assertEquals("warning", SarifReporter.level(Level.WARNING));
    assertEquals("note", SarifReporter.level(Level.INFO));
    assertEquals("note", SarifReporter.level(Level.STYLE));
  }

  @Test
  void endColumnIsExclusive() throws IOException {
    // "cd /tmp" sits at columns 24..30 (inclusive) of line 5, after a tab and wide characters
    Map<String, Object> region = regionOf(sample(), "DL3003");
    assertEquals(5L, region.get("startLine"));
    assertEquals(24L, region.get("startColumn"));
    assertEquals(5L, region.get("endLine"));
    assertEquals(31L, region.get("endColumn"));
  }

  @Test
  void multiLineRegionEndsAfterItsLastCharacter() throws IOException {
    Map<String, Object> region = regionOf(sample(), "DL3015");
    assertEquals(2L, region.get("startLine"));
    assertEquals(5L, region.get("startColumn"));
    assertEquals(4L, region.get("endLine"));
    assertEquals((long) "    rm -rf /var/lib/apt/lists/*".length() + 1, region.get("endColumn"));
  }

  @Test
  void emptySpanIsAnEmptyRegion() throws IOException {
    Map<String, Object> region = regionOf(sample(), "FileTooLarge");
    assertEquals(region.get("startColumn"), region.get("endColumn"));
  }

  @Test
  void fixIsAByteReplacementOfTheOriginalFile() throws IOException {
    Object result = resultOf(sample(), "ConsistentInstructionCasing");
    Object replacement = at(result, "fixes", 0, "artifactChanges", 0, "replacements", 0);
    int offset = ((Long) at(replacement, "deletedRegion", "byteOffset")).intValue();
    int length = ((Long) at(replacement, "deletedRegion", "byteLength")).intValue();
    byte[] bytes = SampleReport.DOCKERFILE.getBytes(StandardCharsets.UTF_8);
    assertEquals("expose", new String(bytes, offset, length, StandardCharsets.UTF_8));
    assertEquals("EXPOSE", at(replacement, "insertedContent", "text"));
    assertEquals(
        "Dockerfile", at(result, "fixes", 0, "artifactChanges", 0, "artifactLocation", "uri"));
    assertNull(at(resultOf(sample(), "DL3008"), "fixes"));
  }

  @Test
  void deletionHasNoInsertedContentAndRawBytesGoInBinary() throws IOException {
    Object doc = JsonTree.parse(sarif(oddReport()));
    Object replacements =
        at(doc, "runs", 0, "results", 0, "fixes", 0, "artifactChanges", 0, "replacements");
    assertNull(at(replacements, 0, "insertedContent"));
    assertEquals("/w==", at(replacements, 1, "insertedContent", "binary"));
  }

  @Test
  void artifactUrisAreEncodedRelativeReferences() throws IOException {
    Object result = resultOf(sample(), "no-duplicate-exported-ports");
    assertEquals(
        "deploy/my%20stack/compose.yaml",
        at(result, "locations", 0, "physicalLocation", "artifactLocation", "uri"));
  }

  @Test
  void fingerprintsAreUniqueAndPresent() throws IOException {
    HashSet<Object> seen = new HashSet<>();
    for (Object r : list(sample(), "runs", 0, "results")) {
      Object fp = at(r, "partialFingerprints", SarifReporter.FINGERPRINT_KEY);
      assertTrue(fp instanceof String s && s.length() == 64, "fingerprint " + fp);
      assertTrue(seen.add(fp), "duplicate fingerprint " + fp);
    }
  }

  @Test
  void emptyReportHasNoResultsButItsRules() throws IOException {
    Object doc = JsonTree.parse(sarif(emptyReport()));
    assertTrue(list(doc, "runs", 0, "results").isEmpty());
    assertFalse(list(doc, "runs", 0, "tool", "driver", "rules").isEmpty());
  }

  static Schema sarifSchema() throws IOException {
    return SarifSchemas.oasis();
  }

  private static Report emptyReport() {
    return new Report(List.of(), SampleReport.rules(), SampleReport.VERSION);
  }

  /** A deletion, a replacement restoring a byte that is not UTF-8, and an absolute path. */
  private static Report oddReport() {
    SourceText src = SourceText.of("/abs/dir:x/Dockerfile", "FROM a\n");
    Finding f =
        Finding.at(
            src,
            Span.of(0, 4),
            "DL1000",
            Level.ERROR,
            "x",
            Optional.of(
                dev.berth.core.Fix.unsafe(
                    "odd",
                    TextEdit.delete(Span.of(0, 1)),
                    TextEdit.replace(Span.of(2, 3), "\uDCFF"))));
    return new Report(
        List.of(new FileResult(src.name(), Optional.of(src), List.of(f))),
        SampleReport.rules(),
        "0.0.0-dev");
  }

  private static Object resultOf(Object doc, String code) {
    for (Object r : list(doc, "runs", 0, "results")) {
      if (code.equals(at(r, "ruleId"))) {
        return r;
      }
    }
    throw new AssertionError("no result for " + code);
  }

  private static Map<String, Object> regionOf(Object doc, String code) {
    return map(resultOf(doc, code), "locations", 0, "physicalLocation", "region");
  }
}
