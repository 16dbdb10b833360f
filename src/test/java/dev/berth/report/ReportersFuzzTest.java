package dev.berth.report;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.berth.core.FileResult;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random files of awkward text (tabs, wide and combining characters, controls, bytes that are not
 * UTF-8, CR line ends, very long lines) with random spans: no format may fail, the structured ones
 * must parse back, and the plain terminal output must hold no escape character.
 */
class ReportersFuzzTest {
  private static final String[] PIECES = {
    "RUN ",
    "a",
    "\t",
    " ",
    "\n",
    "\r\n",
    "\r",
    "\u4e16",
    "e\u0301",
    "\uD83D\uDC33",
    "\u001b[1m",
    "\u0000",
    "\u202e",
    "\"",
    "<&>",
    "%,:",
    "x".repeat(150),
  };

  @Test
  void everyFormatSurvivesRandomInput() throws IOException {
    Random random = new Random(20240611);
    for (int round = 0; round < 300; round++) {
      Report report = randomReport(random);
      for (String name : Formats.names()) {
        String out = Render.with(Formats.create(name, new Formats.Options(false)), report);
        switch (name) {
          case "json", "sarif", "codeclimate" -> JsonTree.parse(out);
          case "checkstyle", "junit" -> XmlParse.parse(out);
          case "tty" -> assertFalse(out.contains("\u001b"), out);
          default -> {}
        }
      }
    }
  }

  private static Report randomReport(Random random) {
    List<FileResult> files = new ArrayList<>();
    int fileCount = 1 + random.nextInt(3);
    for (int i = 0; i < fileCount; i++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int pieces = random.nextInt(30);
      for (int p = 0; p < pieces; p++) {
        if (random.nextInt(20) == 0) {
          bytes.write(0x80 + random.nextInt(0x80));
        } else {
          bytes.writeBytes(
              PIECES[random.nextInt(PIECES.length)].getBytes(
                  java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      String name = "dir " + i + "/Dockerfile";
      SourceText src = SourceText.of(name, bytes.toByteArray());
      List<Finding> findings = new ArrayList<>();
      int count = random.nextInt(5);
      for (int k = 0; k < count; k++) {
        int a = random.nextInt(src.length() + 1);
        int b = a + random.nextInt(src.length() - a + 1);
        Span span = Span.of(a, b);
        Level level = Level.values()[random.nextInt(4)];
        String message =
            PIECES[random.nextInt(PIECES.length)]
                + " message "
                + PIECES[random.nextInt(PIECES.length)];
        Optional<Fix> fix =
            random.nextBoolean()
                ? Optional.of(
                    Fix.safe(
                        "fix " + PIECES[random.nextInt(PIECES.length)],
                        TextEdit.replace(span, PIECES[random.nextInt(PIECES.length)])))
                : Optional.empty();
        findings.add(Finding.at(src, span, "R" + random.nextInt(3), level, message, fix));
      }
      Collections.sort(findings);
      files.add(
          new FileResult(
              name, random.nextBoolean() ? Optional.of(src) : Optional.empty(), findings));
    }
    return new Report(files, SampleReport.rules(), "1");
  }
}
