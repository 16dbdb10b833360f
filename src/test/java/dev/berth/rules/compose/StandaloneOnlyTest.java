package dev.berth.rules.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.api.ComposeContext;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleOptions;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.Project;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import dev.berth.core.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Findings held back until the file is known to stand alone, and asked only when there are any. */
class StandaloneOnlyTest {
  /** A context that records reports, and counts how often the project is asked for. */
  private static final class Recording implements ComposeContext {
    final List<String> reports = new ArrayList<>();
    final Project project;
    int projectCalls;

    Recording(String name) {
      project = Project.of(SourceText.of(name, new byte[0]), Optional.empty());
    }

    @Override
    public ComposeFile model() {
      return new ComposeFile(project.source(), Optional.empty(), List.of());
    }

    @Override
    public Project project() {
      projectCalls++;
      return project;
    }

    @Override
    public SourceText source() {
      return project.source();
    }

    @Override
    public RuleOptions options() {
      return RuleOptions.NONE;
    }

    @Override
    public LintSettings settings() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void report(Span span, String message) {
      reports.add(span + " " + message);
    }

    @Override
    public void report(Span span, String message, Fix fix) {
      reports.add(span + " " + message + " " + fix.title());
    }

    @Override
    public void report(String code, Level level, Span span, String message) {
      reports.add(code + " " + level + " " + span + " " + message);
    }
  }

  private static void threeFindings(ComposeContext ctx) {
    ctx.report(Span.of(1, 2), "one");
    ctx.report(Span.of(0, 1), "two", Fix.safe("fix", TextEdit.replace(Span.of(0, 1), "x")));
    ctx.report("some-code", Level.INFO, Span.of(3, 4), "three");
  }

  @Test
  void aStandaloneFileGetsTheFindingsInOrder() {
    Recording ctx = new Recording("no-such-folder/compose.yaml");
    StandaloneOnly.run(ctx, StandaloneOnlyTest::threeFindings);
    Recording direct = new Recording("no-such-folder/compose.yaml");
    threeFindings(direct);
    assertEquals(direct.reports, ctx.reports);
    assertEquals(3, ctx.reports.size());
  }

  @Test
  void aFileThatAddsToAnotherGetsNone() {
    Recording ctx = new Recording("no-such-folder/compose.override.yaml");
    StandaloneOnly.run(ctx, StandaloneOnlyTest::threeFindings);
    assertEquals(List.of(), ctx.reports);
  }

  @Test
  void withoutFindingsTheFileIsNotAsked() {
    Recording ctx = new Recording("no-such-folder/compose.yaml");
    StandaloneOnly.run(ctx, c -> {});
    assertEquals(0, ctx.projectCalls);
    assertEquals(List.of(), ctx.reports);
  }
}
