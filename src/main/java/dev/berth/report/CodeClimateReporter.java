package dev.berth.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.api.Category;
import dev.berth.api.RuleMeta;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Utf8;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * GitLab's code quality report: one JSON array of Code Climate issues. Each issue has a {@code
 * fingerprint} that does not depend on line numbers (see {@link Fingerprints}), so GitLab can tell
 * new findings in a merge request from ones that only moved.
 *
 * <p>Severities keep berth's order: an error of the syntax category (the file does not parse, or
 * the builder would refuse it) is {@code blocker}, any other error {@code critical}, a warning
 * {@code major}, info {@code minor} and style {@code info}.
 */
public final class CodeClimateReporter implements Reporter {
  @Override
  public boolean listsRules() {
    return true;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    CodeIndex rules = new CodeIndex(report);
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartArray();
      for (FileResult file : report.files()) {
        List<String> fingerprints = Fingerprints.of(file);
        for (int i = 0; i < file.findings().size(); i++) {
          Finding f = file.findings().get(i);
          Optional<Category> category = rules.meta(f.code()).map(RuleMeta::category);
          g.writeStartObject();
          g.writeStringField("type", "issue");
          g.writeStringField("check_name", f.code());
          g.writeStringField("description", Utf8.printable(f.message()));
          g.writeArrayFieldStart("categories");
          g.writeString(codeClimateCategory(category));
          g.writeEndArray();
          g.writeStringField("fingerprint", fingerprints.get(i));
          g.writeStringField("severity", severity(f, category));
          g.writeObjectFieldStart("location");
          g.writeStringField("path", Utf8.printable(Uris.forwardSlashes(f.file())));
          g.writeObjectFieldStart("lines");
          g.writeNumberField("begin", f.start().line());
          g.writeNumberField("end", f.end().line());
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    out.write('\n');
  }

  static String severity(Finding f, Optional<Category> category) {
    return switch (f.level()) {
      case ERROR -> category.equals(Optional.of(Category.SYNTAX)) ? "blocker" : "critical";
      case WARNING -> "major";
      case INFO -> "minor";
      case STYLE -> "info";
    };
  }

  private static String codeClimateCategory(Optional<Category> category) {
    if (category.isEmpty()) {
      return "Bug Risk";
    }
    return switch (category.get()) {
      case SECURITY -> "Security";
      case STYLE -> "Style";
      case SYNTAX, CORRECTNESS, BEST_PRACTICE -> "Bug Risk";
    };
  }
}
