package dev.berth.rules.compose;

import dev.berth.api.ComposeContext;
import dev.berth.api.LintSettings;
import dev.berth.api.RuleOptions;
import dev.berth.compose.model.ComposeFile;
import dev.berth.compose.model.Project;
import dev.berth.core.Fix;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a check whose findings count only in a file that stands alone ({@link
 * Project#standalone()}): the check runs first, and its findings are reported, in order, when the
 * file stands alone. Most files have none, and are then never asked, which reads the folders around
 * the file to see whether a neighbour includes it.
 */
final class StandaloneOnly implements ComposeContext {
  /** A check, run with a context that holds its findings back. */
  interface Check {
    void run(ComposeContext ctx);
  }

  /** Which of the three {@code report} methods a held-back report was made with. */
  private enum Form {
    PLAIN,
    WITH_FIX,
    WITH_CODE
  }

  /** One held-back report; the fields its form does not use are null. */
  private record Report(Form form, String code, Level level, Span span, String message, Fix fix) {}

  private final ComposeContext ctx;
  private final List<Report> reports = new ArrayList<>();

  private StandaloneOnly(ComposeContext ctx) {
    this.ctx = ctx;
  }

  static void run(ComposeContext ctx, Check check) {
    StandaloneOnly held = new StandaloneOnly(ctx);
    check.run(held);
    if (held.reports.isEmpty() || !ctx.project().standalone()) {
      return;
    }
    for (Report r : held.reports) {
      if (r.form() == Form.WITH_CODE) {
        ctx.report(r.code(), r.level(), r.span(), r.message());
      } else if (r.form() == Form.WITH_FIX) {
        ctx.report(r.span(), r.message(), r.fix());
      } else {
        ctx.report(r.span(), r.message());
      }
    }
  }

  @Override
  public ComposeFile model() {
    return ctx.model();
  }

  @Override
  public Project project() {
    return ctx.project();
  }

  @Override
  public SourceText source() {
    return ctx.source();
  }

  @Override
  public RuleOptions options() {
    return ctx.options();
  }

  @Override
  public LintSettings settings() {
    return ctx.settings();
  }

  @Override
  public void report(Span span, String message) {
    reports.add(new Report(Form.PLAIN, null, null, span, message, null));
  }

  @Override
  public void report(Span span, String message, Fix fix) {
    reports.add(new Report(Form.WITH_FIX, null, null, span, message, fix));
  }

  @Override
  public void report(String code, Level level, Span span, String message) {
    reports.add(new Report(Form.WITH_CODE, code, level, span, message, null));
  }
}
