package dev.berth.report;

import static dev.berth.report.JsonTree.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.berth.core.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReporterTest {
  @Test
  @SuppressWarnings("unchecked")
  void parsesBackToTheFindingsWithExactlyTheContractKeys() throws IOException {
    Report report = SampleReport.build();
    List<Object> items = (List<Object>) JsonTree.parse(Render.with(new JsonReporter(), report));
    List<Finding> findings = report.findings();
    assertEquals(findings.size(), items.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Map<String, Object> item = (Map<String, Object>) items.get(i);
      List<String> keys =
          f.fix().isPresent()
              ? List.of(
                  "file",
                  "line",
                  "column",
                  "endLine",
                  "endColumn",
                  "code",
                  "level",
                  "message",
                  "fix")
              : List.of(
                  "file", "line", "column", "endLine", "endColumn", "code", "level", "message");
      assertEquals(keys, List.copyOf(item.keySet()));
      assertEquals(f.message(), item.get("message"));
      assertEquals((long) f.end().column(), item.get("endColumn"));
    }
    assertNull(at(items, 0, "fix"));
  }
}
