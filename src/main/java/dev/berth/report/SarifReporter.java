package dev.berth.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.berth.api.RuleMeta;
import dev.berth.core.Applicability;
import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.TextEdit;
import dev.berth.core.Utf8;
import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 with one run, for code scanning services and SARIF viewers.
 *
 * <p>{@code tool.driver.rules} lists every rule of the report, that is every rule that ran, not
 * only those with findings: the run then records what was checked (a file without results is clean
 * for all of them), viewers can show the whole catalogue, and a rule keeps its {@code ruleIndex}
 * from one run to the next as long as the configuration stays the same. Codes that findings carry
 * without a rule in the report (ShellCheck's) follow, as bare descriptors.
 *
 * <p>Regions count columns in code points ({@code columnKind: unicodeCodePoints}, berth's own
 * unit); SARIF's {@code endColumn} is exclusive, so it is berth's inclusive end column plus one.
 * Fixes are byte ranges of the original file, as berth's edits are.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/berth-lint/berth";
  static final String RULES_BASE_URI = dev.berth.docs.RuleDocs.BASE_URL;
  static final String FINGERPRINT_KEY = "berth/v1";
  private static final Pattern SHELLCHECK_CODE = Pattern.compile("SC\\d+");

  @Override
  public boolean listsRules() {
    return true;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    CodeIndex rules = new CodeIndex(report);
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      writeTool(g, report, rules);
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeArrayFieldStart("results");
      for (FileResult file : report.files()) {
        List<String> fingerprints = Fingerprints.of(file);
        for (int i = 0; i < file.findings().size(); i++) {
          writeResult(g, file.findings().get(i), fingerprints.get(i), rules);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeTool(JsonGenerator g, Report report, CodeIndex rules)
      throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "berth");
    g.writeStringField("version", report.toolVersion());
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (String code : rules.codes()) {
      g.writeStartObject();
      g.writeStringField("id", code);
      Optional<RuleMeta> meta = rules.meta(code);
      if (meta.isPresent()) {
        RuleMeta r = meta.get();
        g.writeStringField("name", r.name());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", r.summary());
        g.writeEndObject();
        g.writeStringField("helpUri", RULES_BASE_URI + r.docPath());
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.level()));
        if (!r.enabledByDefault()) {
          g.writeBooleanField("enabled", false);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString(r.family().dir());
        g.writeString(r.category().id());
        g.writeEndArray();
        g.writeEndObject();
      } else if (SHELLCHECK_CODE.matcher(code).matches()) {
        g.writeStringField("helpUri", "https://www.shellcheck.net/wiki/" + code);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeResult(JsonGenerator g, Finding f, String fingerprint, CodeIndex rules)
      throws IOException {
    String uri = Uris.reference(f.file());
    g.writeStartObject();
    g.writeStringField("ruleId", f.code());
    g.writeNumberField("ruleIndex", rules.indexOf(f.code()));
    g.writeStringField("level", level(f.level()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", Utf8.printable(f.message()));
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    writeArtifact(g, uri);
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", f.start().line());
    g.writeNumberField("startColumn", f.start().column());
    g.writeNumberField("endLine", f.end().line());
    g.writeNumberField("endColumn", f.span().isEmpty() ? f.end().column() : f.end().column() + 1);
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT_KEY, fingerprint);
    g.writeEndObject();
    if (f.fix().isPresent()) {
      writeFix(g, f.fix().get(), uri);
    }
    g.writeEndObject();
  }

  private static void writeFix(JsonGenerator g, Fix fix, String uri) throws IOException {
    g.writeArrayFieldStart("fixes");
    g.writeStartObject();
    g.writeObjectFieldStart("description");
    g.writeStringField("text", Utf8.printable(fix.title()));
    g.writeEndObject();
    g.writeArrayFieldStart("artifactChanges");
    g.writeStartObject();
    writeArtifact(g, uri);
    g.writeArrayFieldStart("replacements");
    for (TextEdit e : fix.edits()) {
      g.writeStartObject();
      g.writeObjectFieldStart("deletedRegion");
      g.writeNumberField("byteOffset", e.span().start());
      g.writeNumberField("byteLength", e.span().length());
      g.writeEndObject();
      if (!e.replacement().isEmpty()) {
        g.writeObjectFieldStart("insertedContent");
        if (Utf8.printable(e.replacement()).equals(e.replacement())) {
          g.writeStringField("text", e.replacement());
        } else {
          // The replacement restores bytes that are not UTF-8; only base64 carries them exactly.
          g.writeStringField(
              "binary", Base64.getEncoder().encodeToString(Utf8.encode(e.replacement())));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("applicability", applicability(fix.applicability()));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void writeArtifact(JsonGenerator g, String uri) throws IOException {
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    g.writeEndObject();
  }

  /** SARIF has three levels that mean a problem; info and style are both {@code note}. */
  static String level(Level level) {
    return switch (level) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "note";
    };
  }

  private static String applicability(Applicability a) {
    return a.name().toLowerCase(Locale.ROOT);
  }
}
