package dev.berth.engine.fix;

import dev.berth.core.Applicability;
import dev.berth.core.Finding;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.Problem;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file type made up for fixer tests, which shows that the fixer knows no file type: each "rule"
 * is a regular expression whose matches it reports with a fix replacing them, and a {@code !} in
 * the text is a syntax error. Counts how often it is called.
 */
final class TextRelinter implements Relinter {
  private record Replace(
      String code, Pattern pattern, String replacement, Applicability applicability) {}

  private final List<Replace> rules = new ArrayList<>();
  int calls;

  TextRelinter rule(String code, String regex, String replacement) {
    rules.add(new Replace(code, Pattern.compile(regex), replacement, Applicability.SAFE));
    return this;
  }

  TextRelinter unsafeRule(String code, String regex, String replacement) {
    rules.add(new Replace(code, Pattern.compile(regex), replacement, Applicability.UNSAFE));
    return this;
  }

  @Override
  public Linted lint(byte[] bytes) {
    calls++;
    SourceText source = SourceText.of("file.txt", bytes);
    String text = source.text();
    List<Finding> findings = new ArrayList<>();
    for (Replace r : rules) {
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        Span span = new Span(source.byteOffset(m.start()), source.byteOffset(m.end()));
        Fix fix =
            new Fix(
                "replace with " + r.replacement(),
                r.applicability(),
                List.of(TextEdit.replace(span, r.replacement())));
        findings.add(
            Finding.at(
                source, span, r.code(), Level.WARNING, "found " + m.group(), Optional.of(fix)));
      }
    }
    Collections.sort(findings);
    List<Problem> problems = new ArrayList<>();
    int bang = text.indexOf('!');
    if (bang >= 0) {
      int at = source.byteOffset(bang);
      problems.add(new Problem("Syntax", Level.ERROR, new Span(at, at + 1), "'!' is not allowed"));
    }
    return new Linted(findings, problems);
  }
}
