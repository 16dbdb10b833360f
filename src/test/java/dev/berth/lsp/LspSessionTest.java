package dev.berth.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted editor session with {@code berth lsp} running as its own process, over its standard
 * input and output: initialize, open a Dockerfile from unsaved text, diagnostics, an incremental
 * change, code actions (a fix and a suppression), hover, a compose file, shutdown and exit. The
 * workspace's {@code .berth.yaml} turns one rule off, and the session checks it stays off.
 */
class LspSessionTest {
  @TempDir Path workspace;

  /** The client side: records what the server publishes. */
  static final class Client implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
      diagnostics.add(p);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}

    /** The next diagnostics for {@code uri} at {@code version}, skipping older ones. */
    PublishDiagnosticsParams next(String uri, int version) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
        if (p != null
            && p.getUri().equals(uri)
            && (p.getVersion() == null || p.getVersion() == version)) {
          return p;
        }
      }
      throw new AssertionError("no diagnostics for " + uri + " version " + version);
    }
  }

  private static List<String> codes(PublishDiagnosticsParams p) {
    return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
  }

  @Test
  void scriptedSession() throws Exception {
    Files.writeString(
        workspace.resolve(".berth.yaml"),
        "ignored: [LegacyKeyValueFormat]\n",
        StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), "dev.berth.cli.Main", "lsp")
            .directory(workspace.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Client client = new Client();
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
    launcher.startListening();
    LanguageServer remote = launcher.getRemoteProxy();
    try {
      InitializeParams init = new InitializeParams();
      init.setProcessId((int) ProcessHandle.current().pid());
      init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
      JsonObject options = new JsonObject();
      options.addProperty("debounceMillis", 50);
      init.setInitializationOptions(options);
      InitializeResult result = remote.initialize(init).get(60, TimeUnit.SECONDS);
      assertEquals("berth", result.getServerInfo().getName());
      assertTrue(result.getCapabilities().getHoverProvider().getLeft());
      remote.initialized(new InitializedParams());

      // A Dockerfile that exists only in the editor.
      String uri = workspace.resolve("Dockerfile").toUri().toString();
      String text = "FROM alpine:3.20 as build\nENV X\nENV LEGACY value\n";
      remote
          .getTextDocumentService()
          .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dockerfile", 1, text)));
      PublishDiagnosticsParams first = client.next(uri, 1);
      assertTrue(codes(first).contains("InvalidArgumentCount"), codes(first).toString());
      assertTrue(codes(first).contains("FromAsCasing"), codes(first).toString());
      assertFalse(codes(first).contains("LegacyKeyValueFormat"), "the .berth.yaml turns it off");
      Diagnostic noValue =
          first.getDiagnostics().stream()
              .filter(d -> d.getCode().getLeft().equals("InvalidArgumentCount"))
              .findFirst()
              .orElseThrow();
      assertEquals(new Range(new Position(1, 4), new Position(1, 5)), noValue.getRange());
      assertEquals(DiagnosticSeverity.Error, noValue.getSeverity());

      // An incremental change: ENV X becomes ENV X=1.
      TextDocumentContentChangeEvent change =
          new TextDocumentContentChangeEvent(
              new Range(new Position(1, 5), new Position(1, 5)), "=1");
      remote
          .getTextDocumentService()
          .didChange(
              new DidChangeTextDocumentParams(
                  new VersionedTextDocumentIdentifier(uri, 2), List.of(change)));
      PublishDiagnosticsParams second = client.next(uri, 2);
      assertFalse(codes(second).contains("InvalidArgumentCount"), codes(second).toString());

      // Code actions at the lower-case 'as': its fix, and a suppression comment.
      Diagnostic as =
          second.getDiagnostics().stream()
              .filter(d -> d.getCode().getLeft().equals("FromAsCasing"))
              .findFirst()
              .orElseThrow();
      List<Either<Command, CodeAction>> actions =
          remote
              .getTextDocumentService()
              .codeAction(
                  new CodeActionParams(
                      new TextDocumentIdentifier(uri),
                      as.getRange(),
                      new CodeActionContext(List.of(as))))
              .get(60, TimeUnit.SECONDS);
      List<CodeAction> fixes = actions.stream().map(Either::getRight).toList();
      CodeAction fix =
          fixes.stream()
              .filter(a -> a.getTitle().contains("(FromAsCasing)"))
              .findFirst()
              .orElseThrow();
      List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
      assertEquals(1, edits.size());
      assertEquals("AS", edits.get(0).getNewText());
      assertEquals(new Range(new Position(0, 17), new Position(0, 19)), edits.get(0).getRange());
      CodeAction suppress =
          fixes.stream()
              .filter(a -> a.getTitle().startsWith("Suppress FromAsCasing"))
              .findFirst()
              .orElseThrow();
      TextEdit comment = suppress.getEdit().getChanges().get(uri).get(0);
      assertEquals("# berth ignore=FromAsCasing -- reason\n", comment.getNewText());
      assertEquals(new Position(0, 0), comment.getRange().getStart());

      // Hover on the finding: the rule, its summary and its document.
      Hover hover =
          remote
              .getTextDocumentService()
              .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 18)))
              .get(60, TimeUnit.SECONDS);
      assertNotNull(hover);
      String md = hover.getContents().getRight().getValue();
      assertTrue(
          md.contains("**FromAsCasing**") && md.contains("rules/dockerfile/FromAsCasing.md"), md);

      // A compose file.
      String composeUri = workspace.resolve("compose.yaml").toUri().toString();
      remote
          .getTextDocumentService()
          .didOpen(
              new DidOpenTextDocumentParams(
                  new TextDocumentItem(
                      composeUri,
                      "yaml",
                      1,
                      "version: \"3\"\nservices:\n  web:\n    image: nginx:1.27\n")));
      PublishDiagnosticsParams compose = client.next(composeUri, 1);
      assertTrue(codes(compose).contains("no-version-field"), codes(compose).toString());

      remote
          .getTextDocumentService()
          .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(composeUri)));
      assertTrue(client.next(composeUri, 1).getDiagnostics().isEmpty());

      remote.shutdown().get(60, TimeUnit.SECONDS);
      remote.exit();
      assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
      assertEquals(0, server.exitValue());
    } finally {
      server.destroyForcibly();
    }
  }
}
