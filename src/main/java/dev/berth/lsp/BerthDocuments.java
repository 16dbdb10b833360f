package dev.berth.lsp;

import dev.berth.api.Rule;
import dev.berth.api.RuleMeta;
import dev.berth.config.ConfigException;
import dev.berth.core.Finding;
import dev.berth.core.Level;
import dev.berth.core.SourceText;
import dev.berth.docs.RuleDocs;
import dev.berth.engine.FileType;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The documents the editor has open: their text as the editor sends it (full or incremental
 * changes), linted after a pause in typing, with diagnostics, code actions and hovers from the
 * findings of the last lint.
 */
final class BerthDocuments implements TextDocumentService {
  private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler;
  private final Supplier<LanguageClient> client;
  private final Supplier<DocumentLinter> linter;
  private final List<Rule> rules;
  private volatile long debounceMillis;

  BerthDocuments(
      ScheduledExecutorService scheduler,
      Supplier<LanguageClient> client,
      Supplier<DocumentLinter> linter,
      List<Rule> rules,
      long debounceMillis) {
    this.scheduler = scheduler;
    this.client = client;
    this.linter = linter;
    this.rules = rules;
    this.debounceMillis = debounceMillis;
  }

  void debounce(long millis) {
    debounceMillis = millis;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var item = params.getTextDocument();
    open.put(
        item.getUri(),
        new OpenDocument(
            item.getUri(),
            pathOf(item.getUri()),
            item.getLanguageId(),
            item.getVersion(),
            item.getText(),
            Optional.empty(),
            List.of()));
    schedule(item.getUri(), 0);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument doc = open.get(uri);
    if (doc == null) {
      return;
    }
    String text = doc.text();
    for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
      text = change.getRange() == null ? change.getText() : apply(text, change);
    }
    open.put(uri, doc.withText(params.getTextDocument().getVersion(), text));
    schedule(uri, debounceMillis);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument doc = open.get(uri);
    if (doc != null && params.getText() != null) {
      open.put(uri, doc.withText(doc.version(), params.getText()));
    }
    schedule(uri, 0);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    open.remove(uri);
    ScheduledFuture<?> f = pending.remove(uri);
    if (f != null) {
      f.cancel(false);
    }
    LanguageClient c = client.get();
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  private void schedule(String uri, long delayMillis) {
    ScheduledFuture<?> next =
        scheduler.schedule(() -> lintNow(uri), delayMillis, TimeUnit.MILLISECONDS);
    ScheduledFuture<?> previous = pending.put(uri, next);
    if (previous != null) {
      previous.cancel(false);
    }
  }

  private void lintNow(String uri) {
    OpenDocument doc = open.get(uri);
    LanguageClient c = client.get();
    if (doc == null || c == null) {
      return;
    }
    try {
      Optional<DocumentLinter.Linted> linted = linter.get().lint(doc);
      List<Diagnostic> diagnostics = new ArrayList<>();
      if (linted.isPresent()) {
        SourceText source = linted.get().source();
        for (Finding f : linted.get().findings()) {
          diagnostics.add(diagnostic(source, f));
        }
        open.computeIfPresent(
            uri,
            (k, current) ->
                current.version() == doc.version()
                    ? current.withFindings(source, linted.get().findings())
                    : current);
      }
      PublishDiagnosticsParams p = new PublishDiagnosticsParams(uri, diagnostics);
      p.setVersion(doc.version());
      c.publishDiagnostics(p);
    } catch (ConfigException e) {
      c.showMessage(new MessageParams(MessageType.Error, "berth: " + e.getMessage()));
    } catch (RuntimeException e) {
      c.logMessage(new MessageParams(MessageType.Error, "berth: internal error: " + e));
    }
  }

  private static Diagnostic diagnostic(SourceText source, Finding f) {
    Diagnostic d =
        new Diagnostic(
            LspPositions.range(source, f.span()), f.message(), severity(f.level()), "berth");
    d.setCode(f.code());
    return d;
  }

  static DiagnosticSeverity severity(Level level) {
    return switch (level) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
      case STYLE -> DiagnosticSeverity.Hint;
    };
  }

  /** The findings of the last lint whose range touches {@code range}, while still current. */
  private List<Finding> findingsAt(OpenDocument doc, Range range) {
    List<Finding> out = new ArrayList<>();
    if (doc.source().isEmpty() || !doc.source().get().text().equals(doc.text())) {
      return out; // edited since the last lint: the spans no longer fit
    }
    for (Finding f : doc.findings()) {
      if (LspPositions.overlaps(LspPositions.range(doc.source().get(), f.span()), range)) {
        out.add(f);
      }
    }
    return out;
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    OpenDocument doc = open.get(params.getTextDocument().getUri());
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    if (doc == null) {
      return CompletableFuture.completedFuture(actions);
    }
    SourceText source = doc.source().orElse(null);
    for (Finding f : findingsAt(doc, params.getRange())) {
      Diagnostic d = diagnostic(source, f);
      if (f.fix().isPresent()) {
        List<TextEdit> edits = new ArrayList<>();
        for (dev.berth.core.TextEdit e : f.fix().get().edits()) {
          edits.add(new TextEdit(LspPositions.range(source, e.span()), e.replacement()));
        }
        CodeAction fix = new CodeAction(f.fix().get().title() + " (" + f.code() + ")");
        fix.setKind(CodeActionKind.QuickFix);
        fix.setDiagnostics(List.of(d));
        fix.setIsPreferred(true);
        fix.setEdit(new WorkspaceEdit(Map.of(doc.uri(), edits)));
        actions.add(Either.forRight(fix));
      }
      actions.add(Either.forRight(suppression(doc, source, f, d)));
    }
    return CompletableFuture.completedFuture(actions);
  }

  /** A {@code # berth ignore=ID} line above the finding (above its instruction in a Dockerfile). */
  private CodeAction suppression(OpenDocument doc, SourceText source, Finding f, Diagnostic d) {
    int line = source.line(f.span().start());
    if (DocumentLinter.typeOf(doc).orElse(FileType.COMPOSE) == FileType.DOCKERFILE) {
      while (line > 1 && endsWithContinuation(source.lineText(line - 1))) {
        line--;
      }
    }
    String text = source.lineText(line);
    String indent = text.substring(0, text.length() - text.stripLeading().length());
    Position at = new Position(line - 1, 0);
    TextEdit insert =
        new TextEdit(new Range(at, at), indent + "# berth ignore=" + f.code() + " -- reason\n");
    CodeAction action = new CodeAction("Suppress " + f.code() + " here with a comment");
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(d));
    action.setEdit(new WorkspaceEdit(Map.of(doc.uri(), List.of(insert))));
    return action;
  }

  private static boolean endsWithContinuation(String line) {
    String t = line.stripTrailing();
    return t.endsWith("\\") || t.endsWith("`");
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    OpenDocument doc = open.get(params.getTextDocument().getUri());
    if (doc == null) {
      return CompletableFuture.completedFuture(null);
    }
    Position p = params.getPosition();
    StringBuilder md = new StringBuilder();
    for (Finding f : findingsAt(doc, new Range(p, p))) {
      Optional<RuleMeta> meta =
          rules.stream()
              .map(Rule::meta)
              .filter(m -> m.id().equals(f.code()) || m.reportsCode(f.code()))
              .findFirst();
      if (md.length() > 0) {
        md.append("\n\n---\n\n");
      }
      md.append("**").append(f.code()).append("** (").append(f.level().id()).append(")");
      if (meta.isPresent()) {
        md.append(": ").append(meta.get().summary());
        md.append("\n\n[Rule documentation](").append(RuleDocs.url(meta.get())).append(")");
      }
      md.append("\n\n").append(f.message());
    }
    if (md.length() == 0) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.completedFuture(
        new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString())));
  }

  /** Applies one incremental change to the text (positions in UTF-16 units, as LSP sends them). */
  static String apply(String text, TextDocumentContentChangeEvent change) {
    int start = offset(text, change.getRange().getStart());
    int end = offset(text, change.getRange().getEnd());
    return text.substring(0, start) + change.getText() + text.substring(Math.max(start, end));
  }

  private static int offset(String text, Position p) {
    int line = 0;
    int i = 0;
    while (line < p.getLine() && i < text.length()) {
      if (text.charAt(i++) == '\n') {
        line++;
      }
    }
    int lineEnd = text.indexOf('\n', i);
    int limit = lineEnd < 0 ? text.length() : lineEnd;
    return Math.min(i + p.getCharacter(), limit);
  }

  static Optional<Path> pathOf(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Optional.of(Path.of(u)) : Optional.empty();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }
}
