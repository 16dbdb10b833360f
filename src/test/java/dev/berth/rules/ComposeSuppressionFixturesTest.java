package dev.berth.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.api.RuleCatalog;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.engine.suppress.Suppressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compose suppression syntaxes, one parameterised test per family, over compose-like files in
 * {@code src/test/resources/suppressions/compose/FAMILY}. Compose rules do not run yet, so the
 * findings are made by hand from the text: each {@code <rule-id>} is a finding of that rule at the
 * {@code <}, which the file's suppressions must drop, and each {@code <rule-id!>} one they must
 * keep. Problems in the suppressions are expected by absolute {@code # expect: ID @L:C "text"}
 * markers.
 */
class ComposeSuppressionFixturesTest {
  static final Path ROOT = Path.of("src/test/resources/suppressions/compose");
  private static final Pattern FINDING = Pattern.compile("<([a-z0-9-]+)(!?)>");

  static Stream<Path> files(String family) throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve(family))) {
      return s.filter(Files::isRegularFile).sorted().map(ROOT::relativize).toList().stream();
    }
  }

  static Stream<Path> berth() throws IOException {
    return files("berth");
  }

  static Stream<Path> dclint() throws IOException {
    return files("dclint");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("berth")
  void berthComments(Path relative) throws IOException {
    check(relative);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dclint")
  void dclintComments(Path relative) throws IOException {
    check(relative);
  }

  private static void check(Path relative) throws IOException {
    byte[] bytes = Files.readAllBytes(ROOT.resolve(relative));
    SourceText source = SourceText.of(relative.toString(), bytes);
    List<Finding> findings = new ArrayList<>();
    TreeSet<String> expectedKept = new TreeSet<>();
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = source.lineText(line);
      Matcher m = FINDING.matcher(text);
      while (m.find()) {
        int start = source.lineStart(line) + m.start();
        Finding f =
            Finding.at(
                source,
                new Span(start, start + m.group().length()),
                m.group(1),
                Level.WARNING,
                "hand-made",
                Optional.empty());
        findings.add(f);
        if (!m.group(2).isEmpty()) {
          expectedKept.add(describe(f));
        }
      }
    }
    Suppressions sup = Suppressions.forCompose(source, RuleCatalog.ofRules(BuiltinRules.all()));
    TreeSet<String> kept = new TreeSet<>();
    for (Finding f : sup.filter(findings)) {
      kept.add(describe(f));
    }
    assertEquals(
        String.join("\n", expectedKept), String.join("\n", kept), relative + ": findings kept");

    Fixture fixture = Fixture.parse(relative.toString(), bytes);
    TreeSet<String> expectedProblems = new TreeSet<>();
    for (Fixture.Expectation e : fixture.expectations()) {
      expectedProblems.add(e.id() + " @" + e.line() + ":" + e.column() + " " + e.messagePart());
    }
    TreeSet<String> problems = new TreeSet<>();
    for (Problem p : sup.problems()) {
      String part = "";
      for (Fixture.Expectation e : fixture.expectations()) {
        if (e.messagePart() != null && p.message().contains(e.messagePart())) {
          part = e.messagePart();
        }
      }
      problems.add(
          p.code() + " @" + source.start(p.span()) + " " + (part.isEmpty() ? p.message() : part));
    }
    assertEquals(
        String.join("\n", expectedProblems), String.join("\n", problems), relative + ": problems");
  }

  private static String describe(Finding f) {
    return f.code() + " @" + f.start();
  }
}
