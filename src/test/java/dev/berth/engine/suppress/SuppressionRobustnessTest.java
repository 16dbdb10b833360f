package dev.berth.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.SharedData;
import dev.berth.api.RuleCatalog;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.dockerfile.parser.DockerfileParsing;
import dev.berth.engine.FileType;
import dev.berth.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Suppressions never throw, whatever the input, and stay quiet on real files. */
class SuppressionRobustnessTest {
  private static final RuleCatalog CATALOG = RuleCatalog.ofRules(BuiltinRules.all());

  private static final String[] PIECES = {
    "#",
    "# ",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "hadolint",
    "berth",
    "dclint",
    "dockerfile-utils:",
    "ignore",
    "global",
    "stage",
    "shell",
    "ignore-file",
    "=",
    ",",
    " , ",
    "DL3000",
    "dl3000",
    "SC2086",
    "DL",
    "NoSuchRule",
    "InvalidArgumentCount",
    "invalid-suppression",
    "check=",
    "check =",
    "skip=",
    "all",
    ";",
    "error=",
    "true",
    "maybe",
    "experimental=",
    "disable",
    "disable-line",
    "disable-file",
    "disable-next-line",
    "\"",
    "'",
    "|",
    ">-",
    "- ",
    ":",
    "key: ",
    "FROM a",
    "FROM a AS b",
    "RUN x \\",
    "RUN <<EOF",
    "EOF",
    "ENV a",
    "---",
    "...",
    "-- why",
    "é",
    "\uD83D\uDE00",
    "\\",
    "`",
    "# escape=`",
    "# syntax=x"
  };

  private static String random(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(60);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static List<Finding> findingsOnEveryLine(SourceText source) {
    List<Finding> out = new ArrayList<>();
    for (int line = 1; line <= source.lineCount(); line++) {
      Span s = Span.empty(source.lineStart(line));
      for (String code :
          new String[] {"DL3000", "NoEmptyContinuation", "no-version-field", "SC2086"}) {
        out.add(Finding.at(source, s, code, Level.WARNING, "x", Optional.empty()));
      }
    }
    return out;
  }

  private static void checkSpans(SourceText source, List<Problem> problems) {
    for (Problem p : problems) {
      assertTrue(p.span().end() <= source.length(), p.toString());
    }
  }

  @Test
  void randomInputNeverThrows() {
    Random rnd = new Random(20260821L);
    for (int i = 0; i < 4000; i++) {
      String text = random(rnd);
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      if (i % 7 == 0 && bytes.length > 3) {
        bytes[rnd.nextInt(bytes.length)] = (byte) (0x80 + rnd.nextInt(0x40));
      }
      SourceText source = SourceText.of("f", bytes);
      for (SuppressionOptions o :
          List.of(
              SuppressionOptions.DEFAULTS,
              new SuppressionOptions(true, Optional.of(random(rnd))),
              new SuppressionOptions(false, Optional.of("skip=all;error=true")))) {
        Suppressions d = Suppressions.forDockerfile(DockerfileParsing.parse(source), CATALOG, o);
        d.apply(findingsOnEveryLine(source));
        checkSpans(source, d.problems());
        Suppressions c = Suppressions.forCompose(source, CATALOG, o);
        c.apply(findingsOnEveryLine(source));
        checkSpans(source, c.problems());
      }
    }
  }

  @Test
  void theCorpusHasNoInvalidSuppression() throws IOException {
    Path corpus = SharedData.require("corpus");
    List<String> problems = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        Optional<FileType> type = FileType.detect(p.getFileName().toString());
        if (type.isEmpty()) {
          continue;
        }
        files++;
        SourceText source = SourceText.of(corpus.relativize(p).toString(), Files.readAllBytes(p));
        Suppressions sup =
            type.get() == FileType.COMPOSE
                ? Suppressions.forCompose(source, CATALOG)
                : Suppressions.forDockerfile(
                    DockerfileParsing.parse(source), CATALOG, SuppressionOptions.DEFAULTS);
        for (Problem pr : sup.problems()) {
          if (pr.code().equals(SuppressionCodes.INLINE_PRAGMA)) {
            continue;
          }
          problems.add(source.name() + ":" + source.start(pr.span()) + " " + pr.message());
        }
      }
    }
    assertTrue(files > 100, "corpus too small: " + files);
    assertEquals(List.of(), problems);
  }
}
